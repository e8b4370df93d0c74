namespace ChatOps.Provisioning.Gcas;

public enum GcasOutcomeKind
{
    Success,

    /// <summary>Network fault, time-out, 408, 429 or 5xx, or a transient auth hop failure: try again later.</summary>
    TransientFailure,

    /// <summary>Any other 4xx (with its problem details) or a broken response: retrying the same call will not help.</summary>
    PermanentFailure,
}
