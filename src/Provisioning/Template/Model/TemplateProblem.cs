namespace ChatOps.Provisioning.Template.Model;

/// <summary>One thing wrong with a template file, where it is and why.</summary>
public sealed record TemplateProblem(TemplatePosition At, string Message)
{
    /// <summary>The compiler-style line editors and CI annotate: <c>FILE:LINE:COL: message</c>.</summary>
    public string Format(string file) => $"{file}:{At.Line}:{At.Column}: {Message}";
}
