using System.Collections.Immutable;
using ChatOps.Provisioning.Applications;

namespace ChatOps.Provisioning.Workflow;

/// <summary>
/// One GCAS application on its way to a handed-over environment. This persisted record is the whole truth:
/// the state machine reads and writes <see cref="State"/> here, steps read what earlier attempts recorded in
/// <see cref="Progress"/>, and the engine resumes from it after a restart.
/// </summary>
public sealed record ProvisioningRequest
{
    public required string Id { get; init; }

    public required long Number { get; init; }

    public required string GcasApplicationId { get; init; }

    /// <summary>The payload exactly as received; kept even (especially) when it was malformed.</summary>
    public required string RawPayload { get; init; }

    public ApplicationSummary Summary { get; init; } = ApplicationSummary.Empty;

    public ValidatedApplication? Application { get; init; }

    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    public RequestState State { get; init; } = RequestState.Received;

    /// <summary>While <see cref="RequestState.Failed"/>: the step that failed, where Retry goes back to.</summary>
    public RequestState? FailedStep { get; init; }

    /// <summary>Attempts made so far in the current step (0 before the first).</summary>
    public int Attempt { get; init; }

    /// <summary>When the engine should run the current step next; null when waiting for a person or done.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset StateEnteredAt { get; init; }

    /// <summary>Optimistic-concurrency token: every persisted change increments it.</summary>
    public long Version { get; init; }

    /// <summary>What steps recorded (work-request ids, OCIDs of created resources, …), keyed by step-defined names.</summary>
    public ImmutableDictionary<string, string> Progress { get; init; } = ImmutableDictionary<string, string>.Empty;

    public StepError? LastError { get; init; }

    public Decision? Approval { get; init; }

    public Decision? Rejection { get; init; }

    public Decision? CredentialsConfirmation { get; init; }

    public Decision? Cancellation { get; init; }

    public ImmutableList<StateVisit> History { get; init; } = [];

    /// <summary>Sequence number of the last status event queued for GCAS.</summary>
    public long GcasSequence { get; init; }

    public UsageMode UsageMode => Application?.UsageMode ?? UsageMode.Single;

    public bool IsTerminal => RequestStates.IsTerminal(State);

    public DateTimeOffset? FinishedAt => IsTerminal ? StateEnteredAt : null;

    public string? ProgressValue(string key) => Progress.TryGetValue(key, out var value) ? value : null;
}
