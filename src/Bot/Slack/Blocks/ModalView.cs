namespace ChatOps.Bot.Slack.Blocks;

/// <summary>A modal: title/submit/close ≤24; a submit button is required as soon as it holds an input.</summary>
internal sealed record ModalView : SlackView
{
    public ModalView(
        string title,
        IReadOnlyList<Block> blocks,
        string callbackId,
        string? submit = null,
        string? close = null,
        string? privateMetadata = null,
        bool notifyOnClose = false,
        bool clearOnClose = false,
        string? externalId = null)
        : base(blocks, callbackId, privateMetadata, externalId)
    {
        ArgumentException.ThrowIfNullOrEmpty(callbackId);
        if (submit is null && blocks.Any(b => b is InputBlock))
        {
            throw new ArgumentException("A modal with input blocks needs a submit button.", nameof(submit));
        }

        Title = TextObject.Plain(title, BlockLimits.ModalTitle);
        Submit = submit is null ? null : TextObject.Plain(submit, BlockLimits.ModalButton);
        Close = close is null ? null : TextObject.Plain(close, BlockLimits.ModalButton);
        NotifyOnClose = notifyOnClose ? true : null;
        ClearOnClose = clearOnClose ? true : null;
    }

    public TextObject Title { get; }

    public TextObject? Submit { get; }

    public TextObject? Close { get; }

    public bool? NotifyOnClose { get; }

    public bool? ClearOnClose { get; }
}
