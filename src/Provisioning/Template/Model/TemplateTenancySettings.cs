namespace ChatOps.Provisioning.Template.Model;

/// <summary>
/// The <c>tenancy</c> section: tenancy-wide settings. A missing value means the template does not manage it;
/// <see cref="CloudGuardEnabled"/> false likewise leaves Cloud Guard alone (the bot never switches it off).
/// </summary>
internal sealed record TemplateTenancySettings(TemplatePosition At)
{
    public TemplateUsage Usage { get; init; } = TemplateUsage.Any;

    public int? AuditRetentionDays { get; init; }

    public TemplatePosition AuditRetentionAt { get; init; }

    public bool CloudGuardEnabled { get; init; }

    public TemplateText? CloudGuardReportingRegion { get; init; }
}
