namespace ChatOps.Bot.Slack.Payloads;

/// <summary>An interaction type the bot does not use (shortcuts, suggestions): acknowledged and ignored.</summary>
internal sealed record UnsupportedPayload(string Type) : SlackPayload;
