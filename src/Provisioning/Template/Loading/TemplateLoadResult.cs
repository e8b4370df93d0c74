using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>A template that passed every check, or every problem found (sorted by position), never both.</summary>
public sealed record TemplateLoadResult(TemplateDefinition? Template, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsValid => Template is not null;

    /// <summary>The problems as <c>FILE:LINE:COL: message</c> lines.</summary>
    public IEnumerable<string> Format(string file) => Problems.Select(p => p.Format(file));
}
