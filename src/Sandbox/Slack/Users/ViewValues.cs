namespace ChatOps.Sandbox.Slack.Users;

/// <summary>What the user typed or ticked in a modal, keyed by the input element's action_id.</summary>
public sealed class ViewValues
{
    private readonly Dictionary<string, string> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _checked = new(StringComparer.Ordinal);

    public ViewValues Text(string actionId, string value)
    {
        _text[actionId] = value;
        return this;
    }

    public ViewValues Check(string actionId, params string[] optionValues)
    {
        _checked[actionId] = optionValues;
        return this;
    }

    internal string? TextFor(string actionId) => _text.GetValueOrDefault(actionId);

    internal string[]? CheckedFor(string actionId) => _checked.GetValueOrDefault(actionId);
}
