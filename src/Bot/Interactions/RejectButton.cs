using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>Reject: opens the modal that asks for the reason (<see cref="RejectModal"/> handles the submission).</summary>
internal sealed class RejectButton(ActionPreflight preflight, SlackApiClient api, ChatTexts texts) : IBlockActionHandler
{
    public const string ActionId = "request.reject";

    public async Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        var (request, refusal) = await preflight.CheckAsync(action.Value, RequestAction.Reject, context.UserId, cancellationToken);
        if (request is null)
        {
            await context.RespondAsync(SlackReply.Ephemeral(refusal!), cancellationToken);
            return;
        }

        var opened = await api.OpenViewAsync(payload.TriggerId ?? "", RejectModalView.Render(request, texts), cancellationToken);
        if (!opened.IsOk)
        {
            await context.RespondAsync(SlackReply.Ephemeral(texts.Get("reply.modal_failed")), cancellationToken);
        }
    }
}
