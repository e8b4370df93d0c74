namespace ChatOps.Provisioning.Gcas;

/// <summary>Status values of the GCAS status-event contract (docs/gcas-api.md).</summary>
public static class GcasStatus
{
    public const string Accepted = "accepted";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Rejected = "rejected";
    public const string Cancelled = "cancelled";
}
