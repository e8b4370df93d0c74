namespace ChatOps.Bot.Slack.Blocks;

internal sealed record ActionsBlock : Block
{
    public ActionsBlock(IReadOnlyList<BlockElement> elements, string? blockId = null)
        : base(blockId)
    {
        ArgumentNullException.ThrowIfNull(elements);
        Elements = BlockLimits.Take(elements, BlockLimits.ActionsElements);
    }

    public IReadOnlyList<BlockElement> Elements { get; }
}
