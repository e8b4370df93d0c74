using System.Net;
using System.Text.Json;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Reads the error body of a failed hop. OAuth endpoints (identity domain, STS) answer
/// <c>{"error":"…","error_description":"…"}</c>; Google APIs (IAM Credentials) answer
/// <c>{"error":{"code":403,"message":"…","status":"PERMISSION_DENIED"}}</c>. Anything else is not echoed,
/// so a misbehaving peer cannot smuggle a credential into our logs.
/// </summary>
internal static class HopErrorBody
{
    private const int MaxDescription = 500;

    public static GoogleAuthFailure ToFailure(AuthHop hop, HttpStatusCode status, string body, TimeSpan? retryAfter)
    {
        var (error, description) = Parse(body);
        var code = (int)status;
        var transient = code is 408 or 429 or >= 500;
        return new GoogleAuthFailure(hop, status, error, description, transient, retryAfter);
    }

    private static (string? Error, string? Description) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error))
            {
                return (null, null);
            }

            if (error.ValueKind == JsonValueKind.String)
            {
                return (Clip(error.GetString()), Clip(StringProperty(document.RootElement, "error_description")));
            }

            if (error.ValueKind == JsonValueKind.Object)
            {
                return (Clip(StringProperty(error, "status")), Clip(StringProperty(error, "message")));
            }
        }
        catch (JsonException)
        {
        }

        return (null, null);
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Clip(string? text) =>
        text is null ? null : text.Length <= MaxDescription ? text : text[..MaxDescription] + "…";
}
