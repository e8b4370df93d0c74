namespace ChatOps.Provisioning.Template.Yaml;

/// <summary>One <c>key: value</c> of a mapping.</summary>
internal sealed record TemplateEntry(TemplateScalar Key, TemplateNode Value);
