using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Workflow;

/// <summary>A human (or system) decision on a request: who, when, and the text they gave (reason, note).</summary>
public sealed record Decision(Actor Actor, DateTimeOffset At, string? Text = null);
