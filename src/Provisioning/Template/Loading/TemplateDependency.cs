using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>A resource needs <see cref="Key"/> to exist first; <see cref="At"/> is where it says so.</summary>
internal sealed record TemplateDependency(string Key, TemplatePosition At, string Via);
