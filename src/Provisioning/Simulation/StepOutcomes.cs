using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Simulation;

/// <summary>Shared helpers of the simulated ports.</summary>
internal static class StepOutcomes
{
    public static StepOutcome? Fault(SimulatedCloud cloud, SimulatedOperation operation) => cloud.TakeFault(operation) switch
    {
        FaultKind.Transient => new StepOutcome.TransientFailure(SimulatedCloud.Error(operation, FaultKind.Transient)),
        FaultKind.Permanent => new StepOutcome.PermanentFailure(SimulatedCloud.Error(operation, FaultKind.Permanent)),
        _ => null,
    };

    public static string Ocid(string kind) => $"ocid1.{kind}.oc1..sim{Guid.NewGuid():N}";
}
