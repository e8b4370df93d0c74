using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>
/// A person's action on a request, whichever way it arrived (button, slash command, sandbox, CLI).
/// <paramref name="Text"/> is the reason of a rejection or the note of a credential confirmation.
/// </summary>
public sealed record RequestCommand(string RequestId, RequestAction Action, Actor Actor, string? Text = null);
