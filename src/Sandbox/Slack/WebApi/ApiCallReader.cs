using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>
/// Reads a Web API request the way Slack accepts it: query, form or JSON arguments; the token in
/// <c>Authorization: Bearer</c>, or as a <c>token</c> argument for form and query requests (JSON requires the header).
/// </summary>
internal static class ApiCallReader
{
    public static async Task<(ApiCall? Call, ApiResult? Error, bool JsonWithoutCharset)> ReadAsync(HttpRequest request, string method, SlackSimulatorOptions options)
    {
        var args = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            args[key] = value.ToString();
        }

        var contentType = request.ContentType ?? "";
        var isJson = contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
        if (HttpMethods.IsPost(request.Method))
        {
            if (isJson)
            {
                try
                {
                    if (await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) is JsonObject body)
                    {
                        foreach (var (key, value) in body.ToList())
                        {
                            args[key] = value?.DeepClone();
                        }
                    }
                }
                catch (JsonException)
                {
                    return (null, ApiResult.Error("invalid_json"), false);
                }
            }
            else if (request.HasFormContentType)
            {
                foreach (var (key, value) in await request.ReadFormAsync(request.HttpContext.RequestAborted))
                {
                    args[key] = value.ToString();
                }
            }
            else if (contentType.Length > 0)
            {
                return (null, ApiResult.Error("invalid_post_type"), false);
            }
        }

        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim()
            : isJson ? null
            : args["token"]?.GetValue<string>();
        args.Remove("token");
        var kind = token switch
        {
            null or "" => TokenKind.None,
            _ when token == options.BotToken => TokenKind.Bot,
            _ when token == options.AppToken => TokenKind.App,
            _ => TokenKind.Unknown,
        };
        var withoutCharset = isJson && !contentType.Contains("charset", StringComparison.OrdinalIgnoreCase);
        return (new ApiCall(method, args, kind), null, withoutCharset);
    }
}
