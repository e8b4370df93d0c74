using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Google;

/// <summary>Writes JSON bodies by hand so each simulator controls its exact wire shape and content type.</summary>
internal static class JsonResponses
{
    public static async Task WriteAsync(HttpContext context, int status, JsonNode body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>OAuth 2.0 error body (RFC 6749 §5.2), as identity domains and Google STS send it.</summary>
    public static Task OAuthErrorAsync(HttpContext context, int status, string error, string description) =>
        WriteAsync(context, status, new JsonObject { ["error"] = error, ["error_description"] = description });

    /// <summary>Google API error body, as IAM Credentials sends it.</summary>
    public static Task GoogleErrorAsync(HttpContext context, int status, string googleStatus, string message) =>
        WriteAsync(context, status, new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = status, ["message"] = message, ["status"] = googleStatus },
        });
}
