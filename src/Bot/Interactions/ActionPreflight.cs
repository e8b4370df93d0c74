using System.Text.Json.Nodes;
using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Roles;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>
/// Before a button opens a modal: is the request there, may this person do it, and does it apply in the current
/// state? The same checks as the command service, in the same order, so nobody fills in a form that would be
/// refused; a denial or refusal is audited exactly as the service audits it. The submission is checked again in full.
/// </summary>
internal sealed class ActionPreflight(RequestStore requests, IActorAuthorizer authorizer, IAuditTrail audit, UserDirectory users, ChatTexts texts)
{
    public async Task<(ProvisioningRequest? Request, string? Refusal)> CheckAsync(string? requestId, RequestAction action, string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(requestId) || requests.Get(requestId) is not { } request)
        {
            return (null, CommandReplies.NotFound(requestId, texts));
        }

        // Roles depend on the id only; the display name is looked up when there is something to record.
        var authorization = await authorizer.AuthorizeAsync(Actor.Human(userId, userId), action, request, cancellationToken);
        if (!authorization.Allowed)
        {
            var actor = await users.ActorAsync(userId, cancellationToken);
            await audit.AppendAsync(new AuditRecord(actor, "command.denied", request.Id, new JsonObject
            {
                ["action"] = action.ToString(),
                ["reason"] = authorization.Reason.ToString(),
                ["state"] = request.State.ToString(),
            }), cancellationToken);
            return (null, CommandReplies.Denied(authorization, texts));
        }

        if (!RequestWorkflow.CanFire(request, TriggerOf(action)))
        {
            // A click on a card whose request has moved on: recorded as the service records a refused command.
            var refusal = CommandRefusal.Explain(request, action);
            await audit.AppendAsync(new AuditRecord(await users.ActorAsync(userId, cancellationToken), "command.refused", request.Id, new JsonObject
            {
                ["action"] = action.ToString(),
                ["code"] = refusal.Code.ToString(),
                ["state"] = request.State.ToString(),
            }), cancellationToken);
            return (null, CommandReplies.Refused(refusal, texts));
        }

        return (request, null);
    }

    private static Trigger TriggerOf(RequestAction action) => action switch
    {
        RequestAction.Approve => Trigger.Approve,
        RequestAction.Reject => Trigger.Reject,
        RequestAction.ConfirmCredentials => Trigger.ConfirmCredentials,
        RequestAction.Retry => Trigger.Retry,
        _ => Trigger.Cancel,
    };
}
