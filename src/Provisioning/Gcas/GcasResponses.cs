using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ChatOps.Provisioning.Gcas;

/// <summary>Turns GCAS HTTP answers into outcome values: bodies, problem details, Retry-After.</summary>
internal static class GcasResponses
{
    public static GcasOutcome<T> Failure<T>(HttpStatusCode status, HttpResponseHeaders headers, string body, TimeProvider time, string operation)
    {
        var code = (int)status;
        var problem = ParseProblem(body);
        var retryAfter = RetryAfter(headers, time);
        var detail = problem?.Detail ?? problem?.Title;
        var summary = $"GCAS {operation} answered {code}{(detail is null ? "" : ": " + detail)}";
        var failure = new GcasFailure(summary, status, retryAfter, problem);
        return code is 408 or 429 or >= 500 ? GcasOutcome<T>.Transient(failure) : GcasOutcome<T>.Permanent(failure);
    }

    public static GcasOutcome<GcasApplicationPage> Page(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                var applications = items.EnumerateArray()
                    .Select(item => new GcasRawApplication(StringMember(item, "applicationId"), item.GetRawText()))
                    .ToList();
                var next = root.TryGetProperty("nextCursor", out var cursor) && cursor.ValueKind == JsonValueKind.String
                    ? cursor.GetString()
                    : null;
                return GcasOutcome<GcasApplicationPage>.Success(new GcasApplicationPage(applications, string.IsNullOrEmpty(next) ? null : next));
            }
        }
        catch (JsonException)
        {
        }

        return GcasOutcome<GcasApplicationPage>.Permanent(new GcasFailure(
            "GCAS list applications answered 200 with a body that is not {\"items\": [...], \"nextCursor\": ...}", HttpStatusCode.OK));
    }

    public static GcasProblem? ParseProblem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            int? status = root.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : null;
            return new GcasProblem(
                StringMember(root, "type"), StringMember(root, "title"), status,
                StringMember(root, "detail"), StringMember(root, "instance"), Errors(root));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, TimeProvider time) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    private static Dictionary<string, IReadOnlyList<string>>? Errors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return errors.EnumerateObject().ToDictionary(
            e => e.Name,
            e => (IReadOnlyList<string>)(e.Value.ValueKind == JsonValueKind.Array
                ? [.. e.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                : e.Value.ValueKind == JsonValueKind.String ? [e.Value.GetString()!] : []),
            StringComparer.Ordinal);
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
