namespace ChatOps.Bot.Slack.Payloads;

internal sealed record ViewSubmission(
    SlackUserRef User,
    ViewPayload View,
    SlackTeamRef? Team = null,
    string? ApiAppId = null,
    string? TriggerId = null,
    IReadOnlyList<ResponseUrlRef>? ResponseUrls = null) : SlackPayload;
