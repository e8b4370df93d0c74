using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>
/// A modal or Home tab as the bot defined it (<see cref="DefinitionJson"/>). <see cref="Errors"/> holds the
/// per-block errors of the last refused submission; <see cref="Open"/> is false once the user closed it.
/// </summary>
public sealed record SimView(
    string Id,
    string Type,
    string UserId,
    string? CallbackId,
    string? ExternalId,
    string? PrivateMetadata,
    string Hash,
    string DefinitionJson,
    string RootViewId,
    string? PreviousViewId,
    bool NotifyOnClose,
    bool Open = true,
    IReadOnlyDictionary<string, string>? Errors = null)
{
    public JsonObject Definition() => JsonNode.Parse(DefinitionJson)!.AsObject();

    /// <summary>The title text of a modal, for tests and the sandbox page.</summary>
    public string? Title => Definition()["title"]?["text"]?.GetValue<string>();

    /// <summary>The view as Slack returns it from views.* and sends it in payloads.</summary>
    internal JsonObject ToPayload(SlackSimulatorOptions options, JsonObject? stateValues = null)
    {
        var json = Definition();
        json["id"] = Id;
        json["team_id"] = options.TeamId;
        json["type"] = Type;
        json["private_metadata"] = PrivateMetadata ?? "";
        json["callback_id"] = CallbackId ?? "";
        json["external_id"] = ExternalId ?? "";
        json["state"] = new JsonObject { ["values"] = stateValues ?? new JsonObject() };
        json["hash"] = Hash;
        json["root_view_id"] = RootViewId;
        json["previous_view_id"] = PreviousViewId;
        json["app_id"] = options.AppId;
        json["bot_id"] = options.BotId;
        return json;
    }
}
