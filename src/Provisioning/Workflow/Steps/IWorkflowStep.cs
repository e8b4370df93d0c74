namespace ChatOps.Provisioning.Workflow.Steps;

/// <summary>The idempotent unit of work the engine runs while a request is in <see cref="State"/>.</summary>
public interface IWorkflowStep
{
    RequestState State { get; }

    Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken);
}
