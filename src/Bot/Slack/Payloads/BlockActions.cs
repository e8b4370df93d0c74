namespace ChatOps.Bot.Slack.Payloads;

/// <summary>A <c>block_actions</c> interaction: a button click on a message, a modal or App Home.</summary>
internal sealed record BlockActions(
    SlackUserRef User,
    ActionContainer Container,
    IReadOnlyList<BlockAction> Actions,
    SlackTeamRef? Team = null,
    string? ApiAppId = null,
    string? TriggerId = null,
    string? ResponseUrl = null,
    SlackChannelRef? Channel = null,
    MessageRef? Message = null,
    ViewPayload? View = null,
    ViewState? State = null) : SlackPayload;
