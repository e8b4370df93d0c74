using System.Text.Json.Nodes;
using ChatOps.Sandbox.Google;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Gcas;

/// <summary>RFC 9457 problem details, as the GCAS contract promises for every error.</summary>
internal static class Problems
{
    public const string TypeBase = "https://gcas.example/problems/";

    public static Task WriteAsync(HttpContext context, int status, string type, string title, string detail, JsonObject? errors = null)
    {
        var body = new JsonObject
        {
            ["type"] = TypeBase + type,
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = context.Request.Path.Value,
        };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return JsonResponses.WriteAsync(context, status, body, "application/problem+json");
    }
}
