namespace ChatOps.Bot.Slack.Payloads;

/// <summary>
/// A slash command invocation. <see cref="Verb"/> is the first word of the text (lower-cased; <c>help</c> when
/// empty) and routes to a handler; <see cref="Arguments"/> is the rest. The text is untrusted user input.
/// </summary>
internal sealed record SlashCommand(
    string Command,
    string Text,
    string UserId,
    string TeamId,
    string ChannelId,
    string? UserName = null,
    string? TeamDomain = null,
    string? EnterpriseId = null,
    string? ChannelName = null,
    string? ApiAppId = null,
    string? TriggerId = null,
    string? ResponseUrl = null,
    bool IsEnterpriseInstall = false) : SlackPayload
{
    public const string HelpVerb = "help";

    public string Verb => Split().Verb;

    public string Arguments => Split().Remainder;

    /// <summary>Builds the record from the fields of either transport (form fields over HTTP, a JSON object over a socket).</summary>
    public static SlashCommand FromFields(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(
            field("command") ?? "",
            field("text") ?? "",
            field("user_id") ?? "",
            field("team_id") ?? "",
            field("channel_id") ?? "",
            field("user_name"),
            field("team_domain"),
            field("enterprise_id"),
            field("channel_name"),
            field("api_app_id"),
            field("trigger_id"),
            field("response_url"),
            string.Equals(field("is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase));
    }

    private (string Verb, string Remainder) Split()
    {
        var text = Text.Trim();
        if (text.Length == 0)
        {
            return (HelpVerb, "");
        }

        var space = text.IndexOfAny([' ', '\t', '\n', '\r', '\u3000']);
        return space < 0
            ? (text.ToLowerInvariant(), "")
            : (text[..space].ToLowerInvariant(), text[(space + 1)..].Trim());
    }
}
