using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>
/// Routes one request, inside its own DI scope, to the handler registered under its key: the command verb, the
/// block action_id, the view callback_id or the event type. Unknown keys and handler failures are audited and
/// answered privately; nothing a handler does can stop the worker.
/// </summary>
internal sealed class SlackDispatcher(
    IServiceProvider services,
    SlackResponder responder,
    SlackAuditWriter audit,
    IInbox inbox,
    SlackTuning tuning,
    IOptions<SlackOptions> options,
    ILogger<SlackDispatcher> logger)
{
    private SlackLayerTexts Texts => SlackLayerTexts.For(options.Value.Language);

    public Task DispatchAsync(SlackRequest request, AckSignal ack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var delivery = request.Delivery;
        return request.Payload switch
        {
            SlashCommand c => CommandAsync(c, Context(delivery, c), ack, cancellationToken),
            BlockActions a => ActionsAsync(a, Context(delivery, a), cancellationToken),
            ViewSubmission s => SubmissionAsync(s, Context(delivery, s.User, s.Team), ack, cancellationToken),
            ViewClosed c => ClosedAsync(c, Context(delivery, c.User, c.Team), cancellationToken),
            EventCallback e => EventAsync(e, delivery, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task CommandAsync(SlashCommand command, SlackContext context, AckSignal ack, CancellationToken cancellationToken)
    {
        var handler = string.Equals(command.Command, options.Value.Command, StringComparison.OrdinalIgnoreCase)
            ? services.GetKeyedService<ISlashCommandHandler>(command.Verb)
            : null;
        var key = $"{command.Command} {command.Verb}";
        if (handler is null)
        {
            await UnknownAsync("command", key, context, ack, cancellationToken);
            return;
        }

        try
        {
            var reply = await handler.HandleAsync(command, context, cancellationToken);
            if (reply is not null)
            {
                await AnswerAsync(reply, context, ack, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await FailedAsync("command", key, ex, context, ack, cancellationToken);
        }
    }

    private async Task ActionsAsync(BlockActions payload, SlackContext context, CancellationToken cancellationToken)
    {
        foreach (var action in payload.Actions)
        {
            var handler = services.GetKeyedService<IBlockActionHandler>(action.ActionId);
            if (handler is null)
            {
                await UnknownAsync("action", action.ActionId, context, null, cancellationToken);
                continue;
            }

            try
            {
                await handler.HandleAsync(payload, action, context, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await FailedAsync("action", action.ActionId, ex, context, null, cancellationToken);
            }
        }
    }

    private async Task SubmissionAsync(ViewSubmission submission, SlackContext context, AckSignal ack, CancellationToken cancellationToken)
    {
        var key = submission.View.CallbackId ?? "";
        var handler = services.GetKeyedService<IViewSubmissionHandler>(key);
        if (handler is null)
        {
            ack.TryAnswer(null);
            await UnknownAsync("view", key, context, null, cancellationToken);
            return;
        }

        try
        {
            var response = await handler.ValidateAsync(submission, cancellationToken);
            if (!ack.TryAnswer(response.ToAckPayload()) && !response.Accepted)
            {
                // Validation missed the ack budget: the modal has closed, so the errors can only be told privately.
                logger.LogWarning("Validation of view {CallbackId} answered after the ack budget", key);
                await context.RespondAsync(SlackReply.Ephemeral(string.Join("\n", response.Errors!.Values)), cancellationToken);
                return;
            }

            if (!response.Accepted || !inbox.TryAccept(DedupeKeys.Submission(submission), tuning.DedupeRetention))
            {
                return;
            }

            await handler.HandleAsync(submission, context, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A view ack may only carry a response_action, so the apology goes out separately.
            ack.TryAnswer(null);
            await FailedAsync("view", key, ex, context, null, cancellationToken);
        }
    }

    private async Task ClosedAsync(ViewClosed closed, SlackContext context, CancellationToken cancellationToken)
    {
        var key = closed.View.CallbackId ?? "";
        if (services.GetKeyedService<IViewSubmissionHandler>(key) is not { } handler)
        {
            logger.LogDebug("No handler for closed view {CallbackId}", key);
            return;
        }

        try
        {
            await handler.HandleClosedAsync(closed, context, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await FailedAsync("view_closed", key, ex, context, null, cancellationToken);
        }
    }

    private async Task EventAsync(EventCallback callback, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        var key = callback.EventType;
        if (services.GetKeyedService<ISlackEventHandler>(key) is not { } handler)
        {
            logger.LogDebug("No handler for event {EventType}", key);
            return;
        }

        var context = new SlackContext(delivery, callback.UserId ?? "", null, callback.TeamId, null, null, responder);
        try
        {
            await handler.HandleAsync(callback, context, cancellationToken);
        }
        catch (JsonException) when (!cancellationToken.IsCancellationRequested)
        {
            // The event's own fields (read by the handler) have the wrong shape: bad input, not a failing handler.
            logger.LogWarning("Malformed {EventType} event {EventId}", key, callback.EventId);
            await audit.WriteAsync(context.Actor, "slack.request.malformed", new JsonObject { ["reason"] = "invalid_event", ["kind"] = "event", ["key"] = key }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Handler for event {EventType} ({EventId}) failed", key, callback.EventId);
            await audit.WriteAsync(context.Actor, "slack.handler.failed", Details("event", key, ex), cancellationToken);
        }
    }

    private async Task UnknownAsync(string kind, string key, SlackContext context, AckSignal? ack, CancellationToken cancellationToken)
    {
        logger.LogWarning("No Slack handler for {Kind} {Key} (user {User})", kind, key, context.UserId);
        await audit.WriteAsync(context.Actor, "slack.handler.unknown", new JsonObject { ["kind"] = kind, ["key"] = key }, cancellationToken);
        await AnswerAsync(SlackReply.Ephemeral(Texts.UnknownAction), context, ack, cancellationToken);
    }

    private async Task FailedAsync(string kind, string key, Exception ex, SlackContext context, AckSignal? ack, CancellationToken cancellationToken)
    {
        logger.LogError(ex, "Slack handler for {Kind} {Key} failed (user {User})", kind, key, context.UserId);
        await audit.WriteAsync(context.Actor, "slack.handler.failed", Details(kind, key, ex), cancellationToken);
        await AnswerAsync(SlackReply.Ephemeral(Texts.HandlerFailed), context, ack, cancellationToken);
    }

    private async Task AnswerAsync(SlackReply reply, SlackContext context, AckSignal? ack, CancellationToken cancellationToken)
    {
        if (ack is null || !ack.TryAnswer(reply.ToJson()))
        {
            await context.RespondAsync(reply, cancellationToken);
        }
    }

    // The exception's type only: messages can carry request data, and the log has the full exception.
    private static JsonObject Details(string kind, string key, Exception ex) =>
        new() { ["kind"] = kind, ["key"] = key, ["error"] = ex.GetType().FullName };

    private SlackContext Context(SlackDelivery delivery, SlashCommand c) =>
        new(delivery, c.UserId, c.UserName, c.TeamId, c.ChannelId, Url(c.ResponseUrl), responder);

    private SlackContext Context(SlackDelivery delivery, BlockActions a) =>
        new(delivery, a.User.Id, a.User.Username ?? a.User.Name, a.Team?.Id, a.Container.ChannelId ?? a.Channel?.Id, Url(a.ResponseUrl), responder);

    private SlackContext Context(SlackDelivery delivery, SlackUserRef user, SlackTeamRef? team) =>
        new(delivery, user.Id, user.Username ?? user.Name, team?.Id, null, null, responder);

    // Only web URLs: on Unix a payload's "/etc/x" parses as an absolute file: URI, which the HTTP client refuses by throwing.
    private static Uri? Url(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
