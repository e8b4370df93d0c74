using System.Text.Json.Nodes;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Audit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Anchor;

/// <summary>
/// Posts the audit head (<c>SEQ:HASH</c>) to <c>Slack:AuditChannelId</c> every <c>Slack:AuditAnchorInterval</c>
/// and once more on shutdown. A copy of the head outside the store makes a cut-off tail of the trail
/// detectable (<c>chatops audit verify --anchor</c>). Each post is itself audited as <c>audit.anchor.posted</c>.
/// </summary>
internal sealed class AuditAnchorService(
    AuditTrail trail,
    SlackApiClient api,
    ChatTexts texts,
    IOptions<SlackOptions> slack,
    IOptions<ChatOpsOptions> options,
    TimeProvider time,
    ILogger<AuditAnchorService> logger) : BackgroundService, IHostedLifecycleService
{
    public const string AuditAction = "audit.anchor.posted";

    private string Channel => new[] { slack.Value.AuditChannelId, slack.Value.OpsChannelId, slack.Value.ChannelId }.First(c => c.Length > 0);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The host calls this once every hosted service has stopped: no step or delivery can append after it.
    public Task StoppedAsync(CancellationToken cancellationToken) => PostAsync(shuttingDown: true, cancellationToken);

    /// <summary>Posts the current head; returns it, or null when Slack did not take it (the next round tries again).</summary>
    public async Task<AuditAnchor?> PostAsync(bool shuttingDown, CancellationToken cancellationToken)
    {
        try
        {
            var (sequence, hash) = trail.Head;
            var anchor = new AuditAnchor(sequence, hash);
            var channel = Channel;
            var posted = await api.PostMessageAsync(channel, AuditAnchorMessage.Render(anchor, texts, time.GetUtcNow(), shuttingDown), cancellationToken: cancellationToken);
            if (!posted.IsOk)
            {
                logger.LogWarning("Audit anchor {Anchor} not posted: {Error}", anchor, posted.Error.ToString());
                return null;
            }

            await trail.AppendAsync(new AuditRecord(Actor.Bot, AuditAction, null, new JsonObject
            {
                ["anchor"] = anchor.ToString(),
                ["channel"] = posted.Value.Channel,
                ["ts"] = posted.Value.Ts,
                ["shutdown"] = shuttingDown,
            }), cancellationToken);
            return anchor;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Posting the audit anchor failed");
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AuditAnchorInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PostAsync(shuttingDown: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The shutdown anchor follows in StoppedAsync.
        }
    }
}
