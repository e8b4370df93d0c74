namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>Subscribes each new tenancy to the application's extra regions (e.g. Osaka, KIX) and waits until they are READY.</summary>
public interface IRegionActivator
{
    Task<StepOutcome> ActivateRegionsAsync(StepContext context, CancellationToken cancellationToken);
}
