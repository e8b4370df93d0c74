using System.Text.Json.Nodes;

namespace ChatOps.Tests.Chat.Support;

/// <summary>Reads what a user would see in Block Kit JSON: the buttons and their values, and all text.</summary>
internal static class BlockJson
{
    public static IReadOnlyList<string> ActionIds(JsonArray? blocks) => [.. Buttons(blocks).Select(b => b.ActionId)];

    public static IReadOnlyList<(string ActionId, string? Value)> Buttons(JsonArray? blocks) =>
    [
        .. (blocks ?? []).OfType<JsonObject>()
            .Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .Select(e => (e["action_id"]!.GetValue<string>(), e["value"]?.GetValue<string>())),
    ];

    /// <summary>Every text in the blocks, joined, for "does the user see X" assertions.</summary>
    public static string Text(JsonArray? blocks) => string.Join("\n", Strings(blocks));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v ? [v.GetValue<string>()] : Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };
}
