namespace ChatOps.Bot.Slack.Blocks;

/// <summary>A button: text ≤75, value ≤2000 (carry an opaque id, never something to trust), optional confirm dialog.</summary>
internal sealed record ButtonElement : BlockElement
{
    public ButtonElement(string text, string actionId, string? value = null, ButtonStyle? style = null, ConfirmDialog? confirm = null)
        : base(actionId)
    {
        Text = TextObject.Plain(text, BlockLimits.ButtonText);
        Value = value is null ? null : SlackText.Clip(value, BlockLimits.ButtonValue);
        Style = style;
        Confirm = confirm;
    }

    public TextObject Text { get; }

    public string? Value { get; }

    public ButtonStyle? Style { get; }

    public ConfirmDialog? Confirm { get; }
}
