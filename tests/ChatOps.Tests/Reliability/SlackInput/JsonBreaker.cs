using System.Text.Json.Nodes;
using CsCheck;

namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>Breaks one field of a JSON template, addressed by a dotted path (numbers index arrays): removed, wrong type, or hostile text.</summary>
internal static class JsonBreaker
{
    // Fresh nodes each time: a JsonNode can only have one parent.
    private static readonly Gen<Func<JsonNode?>> WrongTypes = Gen.OneOf<Func<JsonNode?>>(
        () => null, () => JsonValue.Create(42), () => JsonValue.Create(-1.5e300), () => JsonValue.Create(true),
        () => new JsonArray(), () => new JsonArray(JsonValue.Create(1), null), () => new JsonObject(), () => new JsonObject { ["id"] = 7 },
        () => JsonValue.Create(long.MaxValue));

    public static Gen<(string Why, JsonObject Json)> Break(Func<JsonObject> template, string[] paths, string[] textPaths) => Gen.Frequency(
        (3, Gen.Select(Gen.OneOf(paths), Gen.Int[0, 2], WrongTypes).Select((path, kind, wrong) =>
        {
            var json = template();
            return kind == 0 ? (Remove(json, path), json) : (Set(json, path, wrong()), json);
        })),
        (2, Gen.Select(Gen.OneOf(textPaths), HostileText.Any).Select((path, text) =>
        {
            var json = template();
            return (Set(json, path, JsonValue.Create(text)) is var why ? $"{path} = hostile text ({Describe(text)})" : why, json);
        })));

    public static string Describe(string text) => text.Length > 24 ? $"{text.Length} chars" : text;

    private static string Remove(JsonObject json, string path)
    {
        var (parent, name) = Locate(json, path);
        switch (parent)
        {
            case JsonObject o:
                o.Remove(name);
                break;
            case JsonArray a when int.TryParse(name, out var i) && i < a.Count:
                a.RemoveAt(i);
                break;
        }

        return $"{path} removed";
    }

    private static string Set(JsonObject json, string path, JsonNode? value)
    {
        var (parent, name) = Locate(json, path);
        switch (parent)
        {
            case JsonObject o:
                o[name] = value;
                break;
            case JsonArray a when int.TryParse(name, out var i) && i < a.Count:
                a[i] = value;
                break;
        }

        return $"{path} = {value?.ToJsonString() ?? "null"}";
    }

    // Missing intermediate objects are created, so a deep field can be broken even where the template has none.
    private static (JsonNode Parent, string Name) Locate(JsonObject json, string path)
    {
        var parts = path.Split('.');
        JsonNode current = json;
        foreach (var part in parts[..^1])
        {
            var next = current is JsonArray array && int.TryParse(part, out var index) && index < array.Count ? array[index] : current is JsonObject o ? o[part] : null;
            if (next is null && current is JsonObject parent)
            {
                next = new JsonObject();
                parent[part] = next;
            }

            current = next ?? current;
        }

        return (current, parts[^1]);
    }
}
