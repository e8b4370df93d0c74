namespace ChatOps.Bot.Slack.Blocks;

/// <summary>"Are you sure?" before a button acts: title ≤100, text ≤300, confirm/deny ≤30.</summary>
internal sealed record ConfirmDialog
{
    public ConfirmDialog(string title, string text, string confirm, string deny, ButtonStyle? style = null)
    {
        Title = TextObject.Plain(title, BlockLimits.ConfirmTitle);
        Text = TextObject.Markdown(text, BlockLimits.ConfirmText);
        Confirm = TextObject.Plain(confirm, BlockLimits.ConfirmButton);
        Deny = TextObject.Plain(deny, BlockLimits.ConfirmButton);
        Style = style;
    }

    public TextObject Title { get; }

    public TextObject Text { get; }

    public TextObject Confirm { get; }

    public TextObject Deny { get; }

    public ButtonStyle? Style { get; }
}
