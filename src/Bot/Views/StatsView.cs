using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>Counts by state and the lead time (received → completed) of the requests completed in the window.</summary>
internal static class StatsView
{
    public static SlackReply Render(IReadOnlyDictionary<RequestState, int> counts, IReadOnlyList<TimeSpan> leadTimes, int windowDays, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(leadTimes);
        var states = Enum.GetValues<RequestState>().Where(s => counts.GetValueOrDefault(s) > 0).Select(s => $"{texts.State(s)}: *{counts[s]}*").ToList();
        var byState = states.Count == 0 ? texts.Get("stats.no_requests") : string.Join("\n", states);
        var lead = leadTimes.Count == 0
            ? texts.Format("stats.no_lead_time", windowDays)
            : texts.Format("stats.lead_time", windowDays, leadTimes.Count, texts.Duration(Percentile(leadTimes, 50)), texts.Duration(Percentile(leadTimes, 90)));
        var text = $"{texts.Get("stats.heading")}\n{byState}\n\n{lead}";
        return SlackReply.Ephemeral(text, [SectionBlock.Markdown(text)]);
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p % of the values at or below it.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> values, int percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
