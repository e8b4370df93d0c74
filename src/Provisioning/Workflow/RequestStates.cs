namespace ChatOps.Provisioning.Workflow;

/// <summary>Classification of states, in one place.</summary>
public static class RequestStates
{
    /// <summary>States with a step the engine runs.</summary>
    public static IReadOnlyList<RequestState> Active { get; } =
    [
        RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingTenancy, RequestState.ActivatingRegions,
        RequestState.AwaitingCredentials, RequestState.CreatingCompartment, RequestState.ApplyingTemplate, RequestState.ReportingToGcas,
    ];

    /// <summary>States nothing leaves.</summary>
    public static IReadOnlyList<RequestState> Terminal { get; } = [RequestState.Completed, RequestState.Rejected, RequestState.Cancelled];

    public static bool IsActive(RequestState state) => Active.Contains(state);

    public static bool IsTerminal(RequestState state) => Terminal.Contains(state);

    /// <summary>The steps of each path in order, for checklists.</summary>
    public static IReadOnlyList<RequestState> Path(Applications.UsageMode mode) => mode == Applications.UsageMode.Shared
        ? [RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingCompartment, RequestState.ApplyingTemplate, RequestState.ReportingToGcas, RequestState.Completed]
        : [RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingTenancy, RequestState.ActivatingRegions, RequestState.AwaitingCredentials, RequestState.ApplyingTemplate, RequestState.ReportingToGcas, RequestState.Completed];
}
