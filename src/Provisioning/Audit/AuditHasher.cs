using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Provisioning.Audit;

/// <summary>
/// The canonical encoding of an audit entry: a JSON array of its fields in a fixed order, with the details
/// object's keys sorted at every level, written without whitespace. Anyone can recompute it with any JSON
/// library, which is what makes the trail verifiable outside this program.
/// </summary>
public static class AuditHasher
{
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    // Relaxed escaping keeps Japanese readable in exports; any fixed encoder would hash the same way.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string CanonicalDetails(JsonObject? details) => details is null ? "{}" : Canonical(details)!.ToJsonString(Readable);

    public static string Compute(long sequence, string time, ActorKind actorKind, string actorId, string actorName, string action, string? requestId, string details, string previousHash)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(sequence);
            writer.WriteStringValue(time);
            writer.WriteStringValue(actorKind.ToString());
            writer.WriteStringValue(actorId);
            writer.WriteStringValue(actorName);
            writer.WriteStringValue(action);
            if (requestId is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(requestId);
            }

            writer.WriteStringValue(details);
            writer.WriteStringValue(previousHash);
            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static string Compute(AuditEntry entry) => Compute(
        entry.Sequence, entry.Time, entry.ActorKind, entry.ActorId, entry.ActorName, entry.Action, entry.RequestId, entry.Details, entry.PreviousHash);

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Canonical)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    /// <summary>Hex encoding used in fingerprints shown to people: the first 16 characters are enough to compare by eye.</summary>
    public static string Short(string hash) => hash.Length > 16 ? hash[..16] : hash;
}
