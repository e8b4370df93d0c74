using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Yaml;

/// <summary>
/// A YAML node with its position. We build our own tree from the parser's events (instead of YamlDotNet's
/// representation model) so duplicate keys are kept and reported together with every other problem.
/// </summary>
internal abstract record TemplateNode(TemplatePosition At)
{
    public abstract string Description { get; }
}
