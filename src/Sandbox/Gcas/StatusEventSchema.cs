using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Gcas;

/// <summary>The status-event body as the contract defines it, checked field by field (errors keyed by JSON pointer).</summary>
internal static class StatusEventSchema
{
    public static readonly string[] Statuses = ["accepted", "in_progress", "completed", "failed", "rejected", "cancelled"];
    private static readonly string[] TenancyFields = ["environment", "tenancyId", "tenancyName", "homeRegion", "consoleUrl"];
    private static readonly string[] Known = ["sequence", "status", "occurredAt", "step", "message", "reasons", "tenancies"];

    public static JsonObject? Validate(string body, out long sequence, out string status)
    {
        sequence = 0;
        status = "";
        var errors = new JsonObject();
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException e)
        {
            errors["/"] = new JsonArray($"not JSON: {e.Message}");
            return errors;
        }

        if (root is null)
        {
            errors["/"] = new JsonArray("the body must be a JSON object");
            return errors;
        }

        if (!(root["sequence"] is JsonValue s && s.GetValueKind() == JsonValueKind.Number && s.TryGetValue(out sequence) && sequence >= 1))
        {
            Add(errors, "/sequence", "required integer >= 1");
        }

        if (root["status"] is JsonValue st && st.TryGetValue<string>(out var text) && Statuses.Contains(text))
        {
            status = text;
        }
        else
        {
            Add(errors, "/status", "required, one of " + string.Join(", ", Statuses));
        }

        if (!(root["occurredAt"] is JsonValue o && o.TryGetValue<string>(out var at)
              && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && at.Contains('T', StringComparison.Ordinal)))
        {
            Add(errors, "/occurredAt", "required RFC 3339 date-time with offset");
        }

        OptionalString(root, "step", errors);
        OptionalString(root, "message", errors);
        if (root["reasons"] is { } reasons && !(reasons is JsonArray array && array.All(r => r is JsonValue v && v.GetValueKind() == JsonValueKind.String)))
        {
            Add(errors, "/reasons", "must be an array of strings");
        }

        ValidateTenancies(root, errors);
        foreach (var unknown in root.Select(p => p.Key).Where(k => !Known.Contains(k)))
        {
            Add(errors, "/" + unknown, "unknown member");
        }

        return errors.Count == 0 ? null : errors;
    }

    private static void ValidateTenancies(JsonObject root, JsonObject errors)
    {
        if (root["tenancies"] is not { } node)
        {
            return;
        }

        if (node is not JsonArray tenancies)
        {
            Add(errors, "/tenancies", "must be an array");
            return;
        }

        for (var i = 0; i < tenancies.Count; i++)
        {
            var tenancy = tenancies[i] as JsonObject;
            foreach (var field in TenancyFields)
            {
                if (!(tenancy?[field] is JsonValue v && v.TryGetValue<string>(out var value) && value.Length > 0))
                {
                    Add(errors, $"/tenancies/{i}/{field}", "required non-empty string");
                }
            }
        }
    }

    private static void OptionalString(JsonObject root, string name, JsonObject errors)
    {
        if (root[name] is { } node && !(node is JsonValue v && v.GetValueKind() == JsonValueKind.String))
        {
            Add(errors, "/" + name, "must be a string");
        }
    }

    private static void Add(JsonObject errors, string pointer, string message) =>
        errors[pointer] = new JsonArray(message);
}
