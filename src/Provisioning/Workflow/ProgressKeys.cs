namespace ChatOps.Provisioning.Workflow;

/// <summary>Names of the progress entries more than one part reads; adapters may add their own under their prefix.</summary>
public static class ProgressKeys
{
    public static string TenancyId(string environmentKey) => $"tenancy.{environmentKey}.id";

    public static string WorkRequestId(string environmentKey) => $"tenancy.{environmentKey}.workRequest";

    public static string CompartmentId(string environmentKey) => $"compartment.{environmentKey}.id";

    /// <summary>Set when the credentials step has checked a given confirmation, so one confirmation is checked once.</summary>
    public const string CheckedConfirmationAt = "credentials.checkedConfirmationAt";

    /// <summary>Set when access to the children was found without anyone confirming.</summary>
    public const string AccessDetectedAt = "credentials.accessDetectedAt";
}
