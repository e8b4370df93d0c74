namespace ChatOps.Bot.Slack.Payloads;

/// <summary>Something Slack sent: a slash command, an interaction or an event. Same records for both transports.</summary>
internal abstract record SlackPayload;
