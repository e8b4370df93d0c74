using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Simulation;

/// <summary>Shared use: get-or-create one compartment per environment, by name, in the simulated shared tenancy.</summary>
public sealed class SimulatedCompartmentProvisioner(SimulatedCloud cloud) : ICompartmentProvisioner
{
    public async Task<StepOutcome> CreateCompartmentsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var progress = new Dictionary<string, string?>();
        foreach (var environment in context.Application.Environments)
        {
            if (context.Request.ProgressValue(ProgressKeys.CompartmentId(environment.Key)) is not null)
            {
                continue;
            }

            using var call = await cloud.EnterAsync(SimulatedOperation.CreateCompartment, context.Request.Id, cancellationToken);
            if (StepOutcomes.Fault(cloud, SimulatedOperation.CreateCompartment) is { } fault)
            {
                return fault with { Progress = progress };
            }

            var ocid = cloud.Compartments.GetOrAdd(environment.TenancyName, _ => StepOutcomes.Ocid("compartment"));
            await cloud.CheckpointAsync(SimulatedOperation.CreateCompartment, context.Request.Id, cancellationToken);
            progress[ProgressKeys.CompartmentId(environment.Key)] = ocid;
        }

        return new StepOutcome.Done(Trigger.CompartmentCreated) { Progress = progress };
    }
}
