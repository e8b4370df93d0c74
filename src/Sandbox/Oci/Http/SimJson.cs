using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>The simulator's own JSON handling: camelCase out, request bodies read as loose JSON and checked by hand.</summary>
internal static class SimJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject
                ?? throw new SimApiException(400, "CannotParseRequest", "The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new SimApiException(400, "CannotParseRequest", "The request body is not valid JSON.");
        }
    }

    public static string Required(JsonObject body, string name) =>
        Optional(body, name) is { Length: > 0 } value ? value : throw SimApiException.Missing(name);

    public static string? Optional(JsonObject body, string name)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw SimApiException.Invalid($"'{name}' must be a string.");
    }

    public static bool? OptionalBool(JsonObject body, string name) =>
        body[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
            _ => throw SimApiException.Invalid($"'{name}' must be a boolean."),
        };

    public static IReadOnlyList<string>? OptionalStrings(JsonObject body, string name)
    {
        if (body[name] is null)
        {
            return null;
        }

        if (body[name] is not JsonArray array)
        {
            throw SimApiException.Invalid($"'{name}' must be an array of strings.");
        }

        return array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw SimApiException.Invalid($"'{name}' must be an array of strings.")).ToList();
    }

    public static JsonNode? Copy(JsonObject body, string name) => body[name]?.DeepClone();
}
