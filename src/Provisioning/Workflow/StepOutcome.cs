namespace ChatOps.Provisioning.Workflow;

/// <summary>
/// What one run of a step came to, as a value. The cases are closed: the engine maps each to a transition
/// or a schedule. <see cref="Progress"/> holds what the run learned and must be remembered (a null value
/// removes a key); <see cref="Note"/> is a line for the request's thread.
/// </summary>
public abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    public IReadOnlyDictionary<string, string?> Progress { get; init; } = new Dictionary<string, string?>();

    public string? Note { get; init; }

    /// <summary>The step finished: fire <paramref name="Trigger"/>.</summary>
    public sealed record Done(Trigger Trigger) : StepOutcome;

    /// <summary>Not finished yet (e.g. a work request is running): run again at <paramref name="Until"/>, or after the step's poll interval.</summary>
    public sealed record Wait(DateTimeOffset? Until = null) : StepOutcome;

    /// <summary>Nothing to do until a person acts (approval, credentials); no automatic re-run.</summary>
    public sealed record WaitForPerson : StepOutcome;

    /// <summary>Something that may pass: retried with backoff until the step's attempts are used up.</summary>
    public sealed record TransientFailure(StepError Error, TimeSpan? RetryAfter = null) : StepOutcome;

    /// <summary>Retrying will not help: the request goes to Failed and waits for Retry.</summary>
    public sealed record PermanentFailure(StepError Error) : StepOutcome;
}
