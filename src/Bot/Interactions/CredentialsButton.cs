using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Bot.Interactions;

/// <summary>
/// Credentials done: opens the modal with the exact cross-tenancy statements for this request's child tenancies
/// (<see cref="CredentialsModal"/> handles the submission).
/// </summary>
internal sealed class CredentialsButton(ActionPreflight preflight, ICredentialVerifier verifier, SlackApiClient api, ChatTexts texts) : IBlockActionHandler
{
    public const string ActionId = "request.credentials";

    public async Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        var (request, refusal) = await preflight.CheckAsync(action.Value, RequestAction.ConfirmCredentials, context.UserId, cancellationToken);
        if (request is null)
        {
            await context.RespondAsync(SlackReply.Ephemeral(refusal!), cancellationToken);
            return;
        }

        var view = CredentialsModalView.Render(request, verifier.Instructions(request), texts);
        var opened = await api.OpenViewAsync(payload.TriggerId ?? "", view, cancellationToken);
        if (!opened.IsOk)
        {
            await context.RespondAsync(SlackReply.Ephemeral(texts.Get("reply.modal_failed")), cancellationToken);
        }
    }
}
