using ChatOps.Bot.Chat.Texts;

namespace ChatOps.Bot.Views;

/// <summary>A link that opens a request's thread in Slack.</summary>
internal static class ThreadLink
{
    public static Uri Url(string channel, string ts) =>
        new($"https://slack.com/app_redirect?channel={Uri.EscapeDataString(channel)}&message_ts={Uri.EscapeDataString(ts)}");

    /// <summary>A mrkdwn link; the ampersand of the query is escaped as mrkdwn requires.</summary>
    public static string Markdown(string channel, string ts, ChatTexts texts) =>
        $"<{Url(channel, ts).AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}|{texts.Get("link.thread")}>";
}
