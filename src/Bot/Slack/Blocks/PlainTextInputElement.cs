namespace ChatOps.Bot.Slack.Blocks;

internal sealed record PlainTextInputElement : BlockElement
{
    public PlainTextInputElement(string actionId, bool multiline = false, string? placeholder = null, string? initialValue = null, int? minLength = null, int? maxLength = null)
        : base(actionId)
    {
        Multiline = multiline ? true : null;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, BlockLimits.Placeholder);
        InitialValue = initialValue is null ? null : SlackText.Truncate(initialValue, BlockLimits.InitialValue);
        MinLength = minLength;
        MaxLength = maxLength;
    }

    public bool? Multiline { get; }

    public TextObject? Placeholder { get; }

    public string? InitialValue { get; }

    public int? MinLength { get; }

    public int? MaxLength { get; }
}
