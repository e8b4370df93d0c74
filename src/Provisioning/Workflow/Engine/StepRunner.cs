using ChatOps.Provisioning.Observability;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Steps;
using ChatOps.Provisioning.Workflow.Transitions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Workflow.Engine;

/// <summary>
/// Runs the due step of one request once: read the stored request, run the step, apply its outcome, and
/// persist the result with the version it read. Nothing is notified before the write succeeded.
/// </summary>
public sealed class StepRunner(
    RequestStore requests,
    RequestCommitter committer,
    IEnumerable<IWorkflowStep> steps,
    IOptions<WorkflowOptions> options,
    PollPacer pacer,
    ProvisioningMetrics metrics,
    TimeProvider time,
    ILogger<StepRunner> logger)
{
    private readonly Dictionary<RequestState, IWorkflowStep> _steps = steps.ToDictionary(step => step.State);

    /// <summary>Runs the step if the request is due; the caller holds the request's lock.</summary>
    public async Task RunAsync(string requestId, CancellationToken cancellationToken)
    {
        var request = requests.Get(requestId);
        var started = time.GetUtcNow();
        if (request is not { DueAt: { } due } || due > started || !_steps.TryGetValue(request.State, out var step))
        {
            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = request.Id, ["ApplicationId"] = request.GcasApplicationId });
        var policy = options.Value.PolicyFor(request.State);
        StepOutcome outcome;
        try
        {
            outcome = await step.RunAsync(new StepContext(request, policy, started), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Step {State} of {RequestId} threw; treating it as a transient failure", request.State, request.Id);
            outcome = new StepOutcome.TransientFailure(new StepError("UnexpectedError", $"{exception.GetType().Name}: {exception.Message}"));
        }

        var now = time.GetUtcNow();
        var change = await OutcomeApplier.ApplyAsync(request, outcome, policy, now, Random.Shared.NextDouble(), pacer);
        var built = change.Build();
        var result = committer.Commit(built);
        metrics.StepFinished(request.State.ToString(), outcome.GetType().Name, now - started);
        if (result != CommitResult.Committed)
        {
            logger.LogInformation("{RequestId} changed while its {State} step ran ({Result}); the step runs again from the stored state", request.Id, request.State, result);
            return;
        }

        if (built.Request.State == RequestState.Completed)
        {
            metrics.RequestCompleted(now - built.Request.CreatedAt);
        }

        if (built.Request.State != request.State)
        {
            logger.LogInformation("{RequestId}: {From} → {To}", request.Id, request.State, built.Request.State);
        }
    }
}
