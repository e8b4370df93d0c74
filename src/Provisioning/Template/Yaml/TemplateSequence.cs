using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Yaml;

internal sealed record TemplateSequence(IReadOnlyList<TemplateNode> Items, TemplatePosition At) : TemplateNode(At)
{
    public override string Description => "a list";
}
