using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Views;

/// <summary>
/// The audit head posted to the audit channel. The fallback text is the anchor itself, <c>SEQ:HASH</c>, exactly
/// what <c>chatops audit verify --anchor</c> takes.
/// </summary>
internal static class AuditAnchorMessage
{
    public static SlackMessage Render(AuditAnchor anchor, ChatTexts texts, DateTimeOffset now, bool shuttingDown)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(texts);
        var heading = texts.Format(shuttingDown ? "anchor.heading_shutdown" : "anchor.heading", texts.Time(now));
        Block[] blocks =
        [
            SectionBlock.Markdown($"{heading}\n`{anchor}`"),
            new ContextBlock([TextObject.Markdown(texts.Format("anchor.verify", anchor))]),
        ];
        return new SlackMessage(anchor.ToString(), blocks);
    }
}
