namespace ChatOps.Provisioning.Workflow.Transitions;

public enum CommitResult
{
    Committed,

    /// <summary>The request changed since it was read; nothing was written.</summary>
    VersionConflict,

    /// <summary>A request for this GCAS application exists already; nothing was written.</summary>
    Duplicate,

    /// <summary>Another request holds one of the tenancy names; nothing was written.</summary>
    NameTaken,
}
