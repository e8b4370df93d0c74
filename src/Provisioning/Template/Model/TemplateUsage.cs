namespace ChatOps.Provisioning.Template.Model;

/// <summary>Which usage modes a resource belongs to: both, only 単独利用 (a child tenancy) or only 共同利用 (a compartment).</summary>
internal enum TemplateUsage
{
    Any,
    Single,
    Shared,
}
