namespace ChatOps.Bot.Slack.Blocks;

/// <summary>A composition text object: <c>plain_text</c> or <c>mrkdwn</c>.</summary>
internal sealed record TextObject(string Type, string Text, bool? Emoji = null)
{
    public static TextObject Plain(string text, int max = BlockLimits.SectionText) =>
        new("plain_text", SlackText.Truncate(text, max), true);

    public static TextObject Markdown(string text, int max = BlockLimits.SectionText) =>
        new("mrkdwn", SlackText.Truncate(text, max));

    /// <summary>The same text object, shortened to a tighter limit.</summary>
    public TextObject Within(int max) => Text.Length <= max ? this : this with { Text = SlackText.Truncate(Text, max) };
}
