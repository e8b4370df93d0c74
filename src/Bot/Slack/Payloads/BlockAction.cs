namespace ChatOps.Bot.Slack.Payloads;

/// <summary>One element interaction inside a <c>block_actions</c> payload. <see cref="Value"/> is what the app put on the button.</summary>
internal sealed record BlockAction(
    string ActionId,
    string? BlockId,
    string Type,
    string? Value,
    string ActionTs,
    PayloadText? Text = null,
    SelectedOption? SelectedOption = null,
    IReadOnlyList<SelectedOption>? SelectedOptions = null);
