using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Commands;

/// <summary><c>stats</c>: requests by state, and lead time p50/p90 of the requests completed in the last 30 days.</summary>
internal sealed class StatsCommand(RequestStore requests, ChatTexts texts, TimeProvider time) : ISlashCommandHandler
{
    public const string Verb = "stats";
    public const int WindowDays = 30;

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - TimeSpan.FromDays(WindowDays);
        var leadTimes = requests.InStates([RequestState.Completed])
            .Where(r => r.FinishedAt >= since)
            .Select(r => r.FinishedAt!.Value - r.CreatedAt)
            .ToList();
        return Task.FromResult<SlackReply?>(StatsView.Render(requests.CountByState(), leadTimes, WindowDays, texts));
    }
}
