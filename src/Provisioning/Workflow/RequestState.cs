namespace ChatOps.Provisioning.Workflow;

/// <summary>The states of one provisioning request (design.md §2). Names are fixed: scripts and GCAS rely on them.</summary>
public enum RequestState
{
    Received,
    AwaitingApproval,
    CreatingTenancy,
    ActivatingRegions,
    AwaitingCredentials,
    CreatingCompartment,
    ApplyingTemplate,
    ReportingToGcas,
    Completed,
    Rejected,
    Failed,
    Cancelled,
}
