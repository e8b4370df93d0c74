using ChatOps.Bot.Chat.Home;
using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Roles;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>
/// Runs a person's action through the command service (roles, state, audit, notification) and tells them the
/// outcome privately. The only thing taken from Slack's payload is who acted (<c>user.id</c>) and our own
/// request id; everything else comes from the store.
/// </summary>
internal sealed class RequestActions(RequestCommandService commands, UserDirectory users, HomePublisher home, ChatTexts texts)
{
    public async Task<(CommandResult Result, string Reply)> RunAsync(string? requestId, RequestAction action, string userId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(requestId))
        {
            var missing = new CommandResult.NotFound(requestId ?? "");
            return (missing, CommandReplies.Describe(missing, action, texts));
        }

        var actor = await users.ActorAsync(userId, cancellationToken);
        var result = await commands.ExecuteAsync(new RequestCommand(requestId, action, actor, text), cancellationToken);
        return (result, CommandReplies.Describe(result, action, texts));
    }

    /// <summary>A button that acts at once: act, answer the clicker, and refresh their App Home when they clicked there.</summary>
    public async Task ClickAsync(BlockActions payload, BlockAction button, SlackContext context, RequestAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(button);
        ArgumentNullException.ThrowIfNull(context);
        var (_, reply) = await RunAsync(button.Value, action, context.UserId, null, cancellationToken);
        await context.RespondAsync(SlackReply.Ephemeral(reply), cancellationToken);
        await RefreshHomeAsync(payload, context, cancellationToken);
    }

    public async Task RefreshHomeAsync(BlockActions payload, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (payload.Container.IsView && payload.View?.Type == "home")
        {
            await home.PublishAsync(context.UserId, cancellationToken);
        }
    }
}
