namespace ChatOps.Bot.Slack.Payloads;

/// <summary>A view as Slack sends it back: ids, the metadata we put in, the hash for race-free updates, and the input state.</summary>
internal sealed record ViewPayload(
    string Id,
    string Type,
    string? CallbackId = null,
    string? PrivateMetadata = null,
    string? Hash = null,
    string? ExternalId = null,
    ViewState? State = null,
    string? RootViewId = null,
    string? PreviousViewId = null,
    string? TeamId = null,
    string? AppId = null);
