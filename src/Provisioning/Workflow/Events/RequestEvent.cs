using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Workflow.Events;

/// <summary>
/// Something that happened to a request that people should see in its thread. Written to the outbox with the
/// change itself, so a chat outage delays these messages but never loses them.
/// </summary>
public sealed record RequestEvent(
    string RequestId,
    RequestEventKind Kind,
    DateTimeOffset At,
    Actor Actor,
    RequestState? From = null,
    RequestState? To = null,
    Trigger? Trigger = null,
    string? Text = null,
    StepError? Error = null,
    int? Attempt = null,
    DateTimeOffset? NextAttemptAt = null,
    IReadOnlyList<ValidationProblem>? Problems = null);
