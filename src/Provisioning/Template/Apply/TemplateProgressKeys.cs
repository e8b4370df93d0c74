namespace ChatOps.Provisioning.Template.Apply;

/// <summary>
/// Progress entries of the template step. Each resource's OCID is recorded as soon as it is known, so a retry
/// reads it back instead of looking again or creating a second one.
/// </summary>
public static class TemplateProgressKeys
{
    /// <summary>The OCID of the resource with template key <paramref name="resourceKey"/> in environment <paramref name="environmentKey"/>.</summary>
    public static string Resource(string environmentKey, string resourceKey) => $"template.{environmentKey}.{resourceKey}";

    /// <summary>The audit retention (days) the tenancy was found with or set to.</summary>
    public static string AuditRetention(string environmentKey) => $"template.{environmentKey}.tenancy.auditRetentionDays";

    /// <summary>Cloud Guard's state after the step, e.g. <c>ENABLED ap-tokyo-1</c>.</summary>
    public static string CloudGuard(string environmentKey) => $"template.{environmentKey}.tenancy.cloudGuard";

    /// <summary>Set when every resource of the environment is in place: the template's name and version.</summary>
    public static string Applied(string environmentKey) => $"template.{environmentKey}.applied";
}
