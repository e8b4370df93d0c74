namespace ChatOps.Bot.Slack.Blocks;

internal sealed record DividerBlock : Block
{
    public DividerBlock(string? blockId = null)
        : base(blockId)
    {
    }
}
