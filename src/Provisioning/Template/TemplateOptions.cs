namespace ChatOps.Provisioning.Template;

/// <summary>The <c>Template</c> configuration section.</summary>
public sealed record TemplateOptions
{
    public const string Section = "Template";

    public const string DefaultPath = "templates/mandatory-template.yaml";

    /// <summary>The mandatory template file; a relative path is relative to the content root (the bot's directory).</summary>
    public string Path { get; init; } = DefaultPath;
}
