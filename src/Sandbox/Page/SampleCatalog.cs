using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Gcas;

namespace ChatOps.Sandbox.Page;

/// <summary>
/// The sample applications the GCAS panel offers. Each submission gets a fresh application id, so the same sample
/// can be sent again and becomes a new application for the bot.
/// </summary>
internal sealed class SampleCatalog(GcasSimulator gcas)
{
    private const int SummaryLength = 80;
    private readonly IReadOnlyList<JsonObject> _valid = SampleApplications.ValidSet();
    private readonly IReadOnlyList<(string Defect, JsonObject Application)> _malformed = SampleApplications.MalformedSet();
    private readonly ConcurrentDictionary<string, string> _defects = new(StringComparer.Ordinal);
    private int _next = 200_000;

    public JsonObject ToJson() => new()
    {
        ["valid"] = PageJson.Array(_valid.Select((a, i) => new JsonObject { ["id"] = $"valid:{i}", ["label"] = Summary(a.ToJsonString()) })),
        ["malformed"] = PageJson.Array(_malformed.Select((m, i) => new JsonObject { ["id"] = $"malformed:{i}", ["label"] = m.Defect })),
    };

    /// <summary>Adds the sample under a new id; null when there is no such sample.</summary>
    public StoredApplication? Submit(string sampleId)
    {
        var parts = sampleId.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        var (application, defect) = parts[0] switch
        {
            "valid" when index < _valid.Count => (_valid[index].DeepClone().AsObject(), null),
            "malformed" when index < _malformed.Count => (_malformed[index].Application.DeepClone().AsObject(), _malformed[index].Defect),
            _ => ((JsonObject?)null, (string?)null),
        };
        if (application is null)
        {
            return null;
        }

        var id = NewId();
        application["applicationId"] = id;
        if (defect is not null)
        {
            _defects[id] = defect;
        }

        return gcas.AddApplication(application);
    }

    public string? DefectOf(string applicationId) => _defects.GetValueOrDefault(applicationId);

    /// <summary>"organization — system (usage)" from an application's raw text, shortened, for the panel.</summary>
    public static string Summary(string raw)
    {
        try
        {
            var node = JsonNode.Parse(raw);
            var organization = Text(node?["organization"]?["name"]) ?? "(no organization)";
            var system = Text(node?["system"]?["name"]) ?? "(no system)";
            var usage = Text(node?["usageMode"]);
            var summary = $"{organization} — {system}" + (usage is null ? "" : $" ({usage})");
            return summary.Length <= SummaryLength ? summary : summary[..SummaryLength] + "…";
        }
        catch (JsonException)
        {
            return "(not JSON)";
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private string NewId()
    {
        while (true)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"GCAS-2026-{Interlocked.Increment(ref _next):D6}");
            if (gcas.Store.Find(id) is null)
            {
                return id;
            }
        }
    }
}
