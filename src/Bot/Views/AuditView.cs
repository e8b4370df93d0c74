using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Views;

/// <summary>The last audit entries of a request, oldest first, and the head of the whole chain to check them against.</summary>
internal static class AuditView
{
    public static SlackReply Render(string requestId, IReadOnlyList<AuditEntry> entries, AuditAnchor head, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(head);
        var lines = entries.Select(e => texts.Format("audit.line",
            e.Sequence, texts.Time(e.Timestamp), SlackText.Escape(e.ActorName), SlackText.Escape(e.Action)));
        var body = entries.Count == 0 ? texts.Get("audit.none") : string.Join("\n", lines);
        var text = $"{texts.Format("audit.heading", requestId, entries.Count)}\n{body}\n{texts.Format("audit.head", head)}";
        return SlackReply.Ephemeral(text, [SectionBlock.Markdown(text)]);
    }
}
