using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChatOps.Provisioning.Audit;

/// <summary>Writes the trail as JSON lines or CSV, optionally for one request or from a point in time.</summary>
public static class AuditExporter
{
    public static readonly string[] Columns = ["sequence", "time", "actorKind", "actorId", "actorName", "action", "requestId", "details", "previousHash", "hash"];

    /// <summary>Writes the whole (filtered) trail in the chosen format.</summary>
    public static void Write(AuditTrail trail, TextWriter writer, bool csv, string? requestId, DateTimeOffset? since)
    {
        ArgumentNullException.ThrowIfNull(trail);
        if (csv)
        {
            WriteCsvHeader(writer);
        }

        trail.ForEach(entry =>
        {
            if (!Matches(entry, requestId, since))
            {
                return;
            }

            if (csv)
            {
                WriteCsvLine(writer, entry);
            }
            else
            {
                WriteJsonLine(writer, entry);
            }
        });
    }

    public static bool Matches(AuditEntry entry, string? requestId, DateTimeOffset? since) =>
        (requestId is null || entry.RequestId == requestId) && (since is null || entry.Timestamp >= since);

    public static void WriteJsonLine(TextWriter writer, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        var line = JsonSerializer.Serialize(new
        {
            sequence = entry.Sequence,
            time = entry.Time,
            actorKind = entry.ActorKind.ToString(),
            actorId = entry.ActorId,
            actorName = entry.ActorName,
            action = entry.Action,
            requestId = entry.RequestId,
            details = JsonDocument.Parse(entry.Details).RootElement,
            previousHash = entry.PreviousHash,
            hash = entry.Hash,
        });
        writer.WriteLine(line);
    }

    public static void WriteCsvHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(string.Join(',', Columns));
    }

    public static void WriteCsvLine(TextWriter writer, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        string[] values =
        [
            entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.Time, entry.ActorKind.ToString(), entry.ActorId, entry.ActorName,
            entry.Action, entry.RequestId ?? string.Empty, entry.Details, entry.PreviousHash, entry.Hash,
        ];
        writer.WriteLine(string.Join(',', values.Select(Quote)));
    }

    // RFC 4180 quoting; a leading =,+,-,@ is prefixed with ' so spreadsheet tools never run applicant text as a formula.
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        if (safe.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return safe;
        }

        return new StringBuilder("\"").Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
