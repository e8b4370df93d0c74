using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// Runs a step's work environment by environment and folds the results into one outcome: the first failure ends
/// the run (keeping what earlier environments recorded), pending environments make it wait until the soonest
/// look-again time, and when every environment is finished the step is done.
/// </summary>
internal static class EnvironmentSteps
{
    public static async Task<StepOutcome> RunAsync(
        StepContext context,
        Func<EnvironmentPlan, Task<EnvironmentStep>> run,
        Trigger done,
        string waitingNote)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        var progress = new Dictionary<string, string?>(StringComparer.Ordinal);
        TimeSpan? soonest = null;
        foreach (var environment in context.Application.Environments)
        {
            var result = await run(environment);
            foreach (var (key, value) in result.Progress)
            {
                progress[key] = value;
            }

            if (result.Failure is { } failure)
            {
                return failure with { Progress = progress };
            }

            if (result.LookAgainAfter is { } after)
            {
                soonest = soonest is { } earlier && earlier < after ? earlier : after;
            }
        }

        return soonest is { } wait
            ? new StepOutcome.Wait(context.Now + wait) { Progress = progress, Note = waitingNote }
            : new StepOutcome.Done(done) { Progress = progress };
    }
}
