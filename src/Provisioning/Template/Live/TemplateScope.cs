namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// Where a template is applied: the tenancy (groups and dynamic groups live there), the root compartment
/// (the tenancy itself in single use, the organisation's compartment in shared use), and the home region every
/// IAM call goes to.
/// </summary>
internal sealed record TemplateScope(string TenancyId, string RootCompartmentId, string HomeRegion);
