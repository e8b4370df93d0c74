using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow.Events;
using ChatOps.Provisioning.Workflow.Transitions;

namespace ChatOps.Provisioning.Workflow.Engine;

/// <summary>Turns a step's outcome into the request's next version: a transition, a new due time, or a failure.</summary>
internal static class OutcomeApplier
{
    private const string LastNoteKey = "note.last";

    public static async Task<ChangeBuilder> ApplyAsync(
        ProvisioningRequest request, StepOutcome outcome, StepPolicy policy, DateTimeOffset now, double random01, PollPacer? pacer = null)
    {
        var learned = request with { Progress = Merge(request, outcome.Progress) };
        switch (outcome)
        {
            case StepOutcome.Done done:
                return await RequestTransitions.FireAsync(learned, done.Trigger, Actor.Bot, now, done.Note)
                    ?? await FailAsync(learned, new StepError("InvalidTransition", $"{done.Trigger} is not allowed in {request.State}."), now);

            case StepOutcome.Wait wait when TimedOut(request, policy, now):
                return await FailAsync(learned, new StepError("StepTimedOut", $"{request.State} did not finish within {policy.Timeout}."), now);

            case StepOutcome.Wait wait:
                var due = wait.Until ?? now + policy.PollInterval;
                return Waiting(request, learned, NotPastDeadline(request, policy, pacer?.Reserve(request.State, due, policy) ?? due), outcome.Note, now);

            case StepOutcome.WaitForPerson:
                return Waiting(request, learned, null, outcome.Note, now);

            case StepOutcome.TransientFailure transient:
                return await RetryOrFailAsync(request, learned, transient, policy, now, random01);

            case StepOutcome.PermanentFailure permanent:
                return await FailAsync(learned, permanent.Error, now);

            default:
                throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.");
        }
    }

    private static ChangeBuilder Waiting(ProvisioningRequest original, ProvisioningRequest learned, DateTimeOffset? due, string? note, DateTimeOffset now)
    {
        var builder = new ChangeBuilder(original, now) { Request = learned with { DueAt = due, Attempt = 0, LastError = null } };
        if (note is not null && note != original.ProgressValue(LastNoteKey))
        {
            builder.Request = builder.Request with { Progress = builder.Request.Progress.SetItem(LastNoteKey, note) };
            builder.Event(new RequestEvent(original.Id, RequestEventKind.Note, now, Actor.Bot, original.State, original.State, Text: note));
        }

        return builder;
    }

    private static async Task<ChangeBuilder> RetryOrFailAsync(
        ProvisioningRequest original, ProvisioningRequest learned, StepOutcome.TransientFailure failure, StepPolicy policy, DateTimeOffset now, double random01)
    {
        var attempt = original.Attempt + 1;
        if (attempt >= policy.MaxAttempts)
        {
            var exhausted = failure.Error with { Message = $"{failure.Error.Message} (gave up after {attempt} attempts)" };
            return await FailAsync(learned, exhausted, now);
        }

        var delay = Backoff.Delay(policy, attempt, random01);
        if (failure.RetryAfter is { } after && after > delay)
        {
            delay = after;
        }

        var next = now + delay;
        var builder = new ChangeBuilder(original, now) { Request = learned with { Attempt = attempt, DueAt = next, LastError = failure.Error } };
        builder.Audit(Actor.Bot, "step.retry_scheduled", new JsonObject
        {
            ["state"] = original.State.ToString(),
            ["attempt"] = attempt,
            ["error"] = failure.Error.ToString(),
            ["next"] = next.ToString("O", CultureInfo.InvariantCulture),
        });
        builder.Event(new RequestEvent(original.Id, RequestEventKind.RetryScheduled, now, Actor.Bot, original.State, original.State,
            Error: failure.Error, Attempt: attempt, NextAttemptAt: next));
        return builder;
    }

    private static async Task<ChangeBuilder> FailAsync(ProvisioningRequest learned, StepError error, DateTimeOffset now) =>
        await RequestTransitions.FireAsync(learned, Trigger.Fail, Actor.Bot, now, error: error)
        ?? throw new InvalidOperationException($"Request {learned.Id} cannot fail from {learned.State}.");

    private static bool TimedOut(ProvisioningRequest request, StepPolicy policy, DateTimeOffset now) =>
        policy.Timeout is { } timeout && now - request.StateEnteredAt >= timeout;

    // A wait never runs past the step's deadline: the step is looked at once more then, and fails if still unfinished.
    private static DateTimeOffset NotPastDeadline(ProvisioningRequest request, StepPolicy policy, DateTimeOffset due) =>
        policy.Timeout is { } timeout && request.StateEnteredAt + timeout < due ? request.StateEnteredAt + timeout : due;

    private static System.Collections.Immutable.ImmutableDictionary<string, string> Merge(ProvisioningRequest request, IReadOnlyDictionary<string, string?> updates)
    {
        var progress = request.Progress;
        foreach (var (key, value) in updates)
        {
            progress = value is null ? progress.Remove(key) : progress.SetItem(key, value);
        }

        return progress;
    }
}
