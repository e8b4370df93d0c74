namespace ChatOps.Bot.Slack.Blocks;

internal sealed record ContextBlock : Block
{
    public ContextBlock(IReadOnlyList<TextObject> elements, string? blockId = null)
        : base(blockId)
    {
        ArgumentNullException.ThrowIfNull(elements);
        Elements = BlockLimits.Take(elements, BlockLimits.ContextElements).Select(e => e.Within(BlockLimits.ContextText)).ToList();
    }

    public IReadOnlyList<TextObject> Elements { get; }
}
