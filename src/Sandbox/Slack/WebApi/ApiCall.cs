using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>One Web API request: the method, its arguments (JSON body, form or query) and the caller's token kind.</summary>
internal sealed record ApiCall(string Method, JsonObject Args, TokenKind Token)
{
    public string? Text(string name) => Args[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    public bool Flag(string name) => Args[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text is "true" or "1",
        _ => false,
    };

    /// <summary>A structured argument; form posts carry it as a JSON string. Malformed JSON is reported, not thrown.</summary>
    public JsonNode? Structured(string name, out bool malformed)
    {
        malformed = false;
        var node = Args[name];
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                malformed = true;
                return null;
            }
        }

        return node;
    }
}
