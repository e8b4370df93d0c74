namespace ChatOps.Bot.Slack.Blocks;

/// <summary>Text (≤3000), up to 10 fields (≤2000 each) and an optional accessory element.</summary>
internal sealed record SectionBlock : Block
{
    public SectionBlock(TextObject? text, IReadOnlyList<TextObject>? fields = null, BlockElement? accessory = null, string? blockId = null)
        : base(blockId)
    {
        if (text is null && (fields is null || fields.Count == 0))
        {
            throw new ArgumentException("A section needs text or fields.", nameof(text));
        }

        Text = text?.Within(BlockLimits.SectionText);
        Fields = fields is null or { Count: 0 }
            ? null
            : BlockLimits.Take(fields, BlockLimits.SectionFields).Select(f => f.Within(BlockLimits.FieldText)).ToList();
        Accessory = accessory;
    }

    public TextObject? Text { get; }

    public IReadOnlyList<TextObject>? Fields { get; }

    public BlockElement? Accessory { get; }

    public static SectionBlock Markdown(string text, BlockElement? accessory = null, string? blockId = null) =>
        new(TextObject.Markdown(text), null, accessory, blockId);
}
