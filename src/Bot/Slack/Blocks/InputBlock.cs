namespace ChatOps.Bot.Slack.Blocks;

/// <summary>An input in a modal; validation errors from a view submission are keyed by this block's id.</summary>
internal sealed record InputBlock : Block
{
    public InputBlock(string label, BlockElement element, string blockId, bool optional = false, string? hint = null)
        : base(blockId)
    {
        ArgumentException.ThrowIfNullOrEmpty(blockId);
        if (element is not (PlainTextInputElement or CheckboxesElement))
        {
            throw new ArgumentException("An input block holds an input element.", nameof(element));
        }

        Label = TextObject.Plain(label, BlockLimits.InputLabel);
        Element = element;
        Optional = optional ? true : null;
        Hint = hint is null ? null : TextObject.Plain(hint, BlockLimits.InputHint);
    }

    public TextObject Label { get; }

    public BlockElement Element { get; }

    public bool? Optional { get; }

    public TextObject? Hint { get; }
}
