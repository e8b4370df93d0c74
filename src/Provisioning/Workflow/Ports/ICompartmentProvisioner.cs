namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>Shared use: creates the organisation's compartment per environment in the configured shared tenancy.</summary>
public interface ICompartmentProvisioner
{
    Task<StepOutcome> CreateCompartmentsAsync(StepContext context, CancellationToken cancellationToken);
}
