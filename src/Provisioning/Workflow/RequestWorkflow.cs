using ChatOps.Provisioning.Applications;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace ChatOps.Provisioning.Workflow;

/// <summary>
/// The one Stateless configuration of the workflow. The state lives in the persisted request (accessor and
/// mutator over a holder). There are no entry or exit actions: all I/O happens in steps, outside any
/// transition, so a throwing step can never leave a half-made transition behind (and the credential
/// confirmation can simply be a re-entry). Fire with <see cref="FireAsync"/> only.
/// </summary>
public static class RequestWorkflow
{
    private static readonly RequestState[] Cancellable =
    [
        RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingTenancy, RequestState.ActivatingRegions,
        RequestState.AwaitingCredentials, RequestState.CreatingCompartment, RequestState.ApplyingTemplate,
        RequestState.ReportingToGcas, RequestState.Failed,
    ];

    /// <summary>Fires <paramref name="trigger"/> on the state of <paramref name="request"/>; returns the new state, or null when not permitted.</summary>
    public static async Task<RequestState?> FireAsync(ProvisioningRequest request, Trigger trigger)
    {
        var holder = new StateHolder(request.State);
        var machine = Create(holder, request.UsageMode, request.FailedStep);
        if (!machine.CanFire(trigger))
        {
            return null;
        }

        await machine.FireAsync(trigger);
        return holder.State;
    }

    public static bool CanFire(ProvisioningRequest request, Trigger trigger) =>
        Create(new StateHolder(request.State), request.UsageMode, request.FailedStep).CanFire(trigger);

    /// <summary>The Mermaid state diagram, generated from this configuration (docs/workflow.md holds a copy).</summary>
    public static string MermaidDiagram() =>
        MermaidGraph.Format(Create(new StateHolder(RequestState.Received), UsageMode.Single, null).GetInfo());

    private static StateMachine<RequestState, Trigger> Create(StateHolder holder, UsageMode mode, RequestState? failedStep)
    {
        var machine = new StateMachine<RequestState, Trigger>(() => holder.State, state => holder.State = state);

        machine.Configure(RequestState.Received)
            .Permit(Trigger.Accept, RequestState.AwaitingApproval)
            .Permit(Trigger.RejectInvalid, RequestState.Rejected);
        machine.Configure(RequestState.AwaitingApproval)
            .PermitIf(Trigger.Approve, RequestState.CreatingTenancy, () => mode == UsageMode.Single, "単独利用 single use")
            .PermitIf(Trigger.Approve, RequestState.CreatingCompartment, () => mode == UsageMode.Shared, "共同利用 shared use")
            .Permit(Trigger.Reject, RequestState.Rejected);
        machine.Configure(RequestState.CreatingTenancy).Permit(Trigger.TenancyCreated, RequestState.ActivatingRegions);
        machine.Configure(RequestState.ActivatingRegions).Permit(Trigger.RegionsActivated, RequestState.AwaitingCredentials);
        machine.Configure(RequestState.AwaitingCredentials)
            .PermitReentry(Trigger.ConfirmCredentials)
            .Permit(Trigger.CredentialsVerified, RequestState.ApplyingTemplate);
        machine.Configure(RequestState.CreatingCompartment).Permit(Trigger.CompartmentCreated, RequestState.ApplyingTemplate);
        machine.Configure(RequestState.ApplyingTemplate).Permit(Trigger.TemplateApplied, RequestState.ReportingToGcas);
        machine.Configure(RequestState.ReportingToGcas).Permit(Trigger.Reported, RequestState.Completed);

        foreach (var state in RequestStates.Active)
        {
            machine.Configure(state).Permit(Trigger.Fail, RequestState.Failed);
        }

        var retryTargets = new DynamicStateInfos();
        foreach (var state in RequestStates.Active)
        {
            retryTargets.Add(state, $"failed in {state}");
        }

        machine.Configure(RequestState.Failed)
            .PermitDynamic(Trigger.Retry, () => failedStep ?? RequestState.Received, "back into the failed step", retryTargets);

        foreach (var state in Cancellable)
        {
            machine.Configure(state).Permit(Trigger.Cancel, RequestState.Cancelled);
        }

        return machine;
    }

    private sealed class StateHolder(RequestState state)
    {
        public RequestState State { get; set; } = state;
    }
}
