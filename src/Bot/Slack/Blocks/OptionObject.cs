namespace ChatOps.Bot.Slack.Blocks;

/// <summary>An option of a checkbox group: text ≤75, value ≤150.</summary>
internal sealed record OptionObject
{
    public OptionObject(string text, string value, string? description = null)
    {
        Text = TextObject.Plain(text, BlockLimits.OptionText);
        Value = SlackText.Clip(value, BlockLimits.OptionValue);
        Description = description is null ? null : TextObject.Plain(description, BlockLimits.OptionText);
    }

    public TextObject Text { get; }

    public string Value { get; }

    public TextObject? Description { get; }
}
