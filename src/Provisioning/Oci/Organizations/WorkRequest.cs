namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>An Organizations work request (e.g. CREATE_CHILD_TENANCY) and how to read its progress.</summary>
internal sealed record WorkRequest(
    string Id,
    string OperationType,
    string Status,
    string CompartmentId,
    IReadOnlyList<WorkRequestResource> Resources,
    double PercentComplete,
    DateTimeOffset TimeAccepted,
    DateTimeOffset? TimeStarted = null,
    DateTimeOffset? TimeFinished = null)
{
    public const string Accepted = "ACCEPTED";
    public const string InProgress = "IN_PROGRESS";
    public const string Failed = "FAILED";
    public const string Succeeded = "SUCCEEDED";
    public const string Canceling = "CANCELING";
    public const string Canceled = "CANCELED";

    /// <summary>
    /// SUCCEEDED, or IN_PROGRESS at 100 % without timeFinished: CREATE_CHILD_TENANCY can stay there although the
    /// child is ready (Oracle's Terraform provider treats it as done).
    /// </summary>
    public bool IsDone => Status == Succeeded || (Status == InProgress && PercentComplete >= 100);

    public bool IsFailed => Status is Failed or Canceled;

    /// <summary>
    /// The child tenancy OCID: the first resource whose entityType names a tenancy. The service reports it with
    /// actionType RELATED, not CREATED.
    /// </summary>
    public string? ChildTenancyId => Resources
        .FirstOrDefault(r => r.EntityType.Contains("tenancy", StringComparison.OrdinalIgnoreCase))
        ?.Identifier;
}
