using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Common;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Transitions;
using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>
/// The one path for human actions, whatever transport they came by: check the actor's role, check the action
/// applies in the current state, fire, persist, audit, notify. Runs under the request's lock, so of two racing
/// approvals exactly one wins and the other hears who won.
/// </summary>
public sealed class RequestCommandService(
    RequestStore requests,
    RequestCommitter committer,
    IActorAuthorizer authorizer,
    KeyedLocks locks,
    WorkSignals signals,
    IAuditTrail audit,
    TimeProvider time,
    ILogger<RequestCommandService> logger)
{
    public async Task<CommandResult> ExecuteAsync(RequestCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await ExecuteUnderLockAsync(command, cancellationToken);
        }
        finally
        {
            // The commit woke the engine while this still held the request's lock, so the engine may have
            // passed the request over; wake it again now that the lock is free.
            signals.Engine.Notify();
        }
    }

    private async Task<CommandResult> ExecuteUnderLockAsync(RequestCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (requests.Get(command.RequestId) is not { } request)
        {
            return new CommandResult.NotFound(command.RequestId);
        }

        if (command.Action == RequestAction.Reject && string.IsNullOrWhiteSpace(command.Text))
        {
            return new CommandResult.Invalid("reason");
        }

        var authorization = await authorizer.AuthorizeAsync(command.Actor, command.Action, request, cancellationToken);
        if (!authorization.Allowed)
        {
            await audit.AppendAsync(new AuditRecord(command.Actor, "command.denied", request.Id, new JsonObject
            {
                ["action"] = command.Action.ToString(),
                ["reason"] = authorization.Reason.ToString(),
                ["state"] = request.State.ToString(),
            }), cancellationToken);
            return new CommandResult.Denied(authorization);
        }

        CommandResult result;
        using (await locks.AcquireAsync(request.Id, cancellationToken))
        {
            result = await ExecuteLockedAsync(command, request.Id, cancellationToken);
        }

        // The engine may have found the request due while this held its lock and passed it by; it is free now.
        signals.Engine.Notify();
        return result;
    }

    private async Task<CommandResult> ExecuteLockedAsync(RequestCommand command, string requestId, CancellationToken cancellationToken)
    {
        var current = requests.Get(requestId)!;
        var text = command.Text is null ? null : Applications.TextSanitizer.Clean(command.Text);
        var change = await RequestTransitions.FireAsync(current, Trigger(command.Action), command.Actor, time.GetUtcNow(), text);
        if (change is null)
        {
            var refusal = CommandRefusal.Explain(current, command.Action);
            await audit.AppendAsync(new AuditRecord(command.Actor, "command.refused", requestId, new JsonObject
            {
                ["action"] = command.Action.ToString(),
                ["code"] = refusal.Code.ToString(),
                ["state"] = current.State.ToString(),
            }), cancellationToken);
            return new CommandResult.Refused(refusal);
        }

        var built = change.Build();
        var result = committer.Commit(built);
        if (result != CommitResult.Committed)
        {
            // Under the request's lock only a writer outside this process could get here; the store is never shared.
            logger.LogError("{Action} on {RequestId} was not written: {Result}", command.Action, requestId, result);
            throw new InvalidOperationException($"The change to {requestId} could not be written ({result}).");
        }

        return new CommandResult.Accepted(built.Request);
    }

    private static Trigger Trigger(RequestAction action) => action switch
    {
        RequestAction.Approve => Workflow.Trigger.Approve,
        RequestAction.Reject => Workflow.Trigger.Reject,
        RequestAction.ConfirmCredentials => Workflow.Trigger.ConfirmCredentials,
        RequestAction.Retry => Workflow.Trigger.Retry,
        _ => Workflow.Trigger.Cancel,
    };
}
