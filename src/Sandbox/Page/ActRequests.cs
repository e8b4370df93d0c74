namespace ChatOps.Sandbox.Page;

/// <summary>
/// What the page asks a simulated user to do. All fields of every action live here because the page's single
/// script sends them; each endpoint checks the ones it needs.
/// </summary>
internal sealed record ActRequest
{
    public string User { get; init; } = "";

    public string? Channel { get; init; }

    public string? Ts { get; init; }

    public string? ActionId { get; init; }

    public string? ViewId { get; init; }

    public string? Text { get; init; }

    /// <summary>Modal inputs by action_id: text for plain_text_input, option values for checkboxes.</summary>
    public Dictionary<string, string>? TextValues { get; init; }

    public Dictionary<string, string[]>? CheckedValues { get; init; }
}
