namespace ChatOps.Bot.Slack.Payloads;

/// <summary>The current value of one input element in <c>view.state.values[block_id][action_id]</c>.</summary>
internal sealed record ViewStateValue(
    string Type,
    string? Value = null,
    SelectedOption? SelectedOption = null,
    IReadOnlyList<SelectedOption>? SelectedOptions = null,
    string? SelectedUser = null,
    string? SelectedChannel = null);
