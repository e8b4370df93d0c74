namespace ChatOps.Bot.Slack.Payloads;

/// <summary><c>view.state</c>: values keyed by block_id, then action_id.</summary>
internal sealed record ViewState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>>? Values)
{
    public ViewStateValue? Get(string blockId, string actionId) =>
        Values is not null && Values.TryGetValue(blockId, out var block) && block is not null && block.TryGetValue(actionId, out var value) ? value : null;

    public string? Text(string blockId, string actionId) => Get(blockId, actionId)?.Value;

    public IReadOnlyList<string> Selected(string blockId, string actionId) =>
        Get(blockId, actionId)?.SelectedOptions?.Select(o => o.Value).ToList() ?? [];
}
