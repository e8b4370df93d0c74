namespace ChatOps.Provisioning.Template.Model;

internal enum TemplateFieldType
{
    /// <summary>A string; may hold placeholders and, where allowed, references.</summary>
    Text,

    /// <summary>The template key of another resource (or <c>root</c> where allowed).</summary>
    Reference,

    /// <summary>A list of strings.</summary>
    TextList,

    Boolean,

    /// <summary><c>any</c>, <c>single</c> or <c>shared</c>.</summary>
    Usage,
}
