using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>JSON in and out of the page's <c>/api/…</c> endpoints.</summary>
internal static class PageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static async Task WriteAsync(HttpContext http, JsonNode body, int status = StatusCodes.Status200OK)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext http, int status, string message) =>
        WriteAsync(http, new JsonObject { ["error"] = message }, status);

    /// <summary>The request body as <typeparamref name="T"/>, or null after answering 400.</summary>
    public static async Task<T?> ReadAsync<T>(HttpContext http)
        where T : class
    {
        try
        {
            if (await http.Request.ReadFromJsonAsync<T>(Options, http.RequestAborted) is { } body)
            {
                return body;
            }
        }
        catch (JsonException)
        {
        }

        await ErrorAsync(http, StatusCodes.Status400BadRequest, "The request body is not the JSON this endpoint expects.");
        return null;
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
