namespace ChatOps.Bot.Slack.Blocks;

/// <summary>
/// What a message says: the fallback <see cref="Text"/> (notifications, screen readers, clients without blocks;
/// always required) and up to 50 blocks.
/// </summary>
internal sealed record SlackMessage
{
    public SlackMessage(string text, IReadOnlyList<Block>? blocks = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("Every message needs a fallback text.", nameof(text));
        }

        Text = SlackText.Truncate(text, BlockLimits.MessageText);
        Blocks = blocks is null or { Count: 0 } ? null : BlockLimits.Cap(blocks, BlockLimits.MessageBlocks);
    }

    public string Text { get; }

    public IReadOnlyList<Block>? Blocks { get; }
}
