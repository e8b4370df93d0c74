namespace ChatOps.Bot.Slack.Blocks;

internal sealed record HeaderBlock : Block
{
    public HeaderBlock(string text, string? blockId = null)
        : base(blockId) => Text = TextObject.Plain(text, BlockLimits.HeaderText);

    public TextObject Text { get; }
}
