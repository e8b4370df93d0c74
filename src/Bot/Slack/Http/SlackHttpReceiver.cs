using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Slack.Signing;
using ChatOps.Provisioning.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.Http;

/// <summary>
/// The three HTTP-mode endpoints. Order per request: size limit → (ssl_check) → signature over the raw body →
/// parse → <see cref="SlackIngress"/>. Refusals (too large, bad signature, signed but malformed) are audited with the
/// reason and remote address, never the signature; a malformed body by its size and hash.
/// </summary>
internal sealed class SlackHttpReceiver(
    SlackSignatureVerifier verifier,
    SlackIngress ingress,
    SlackAuditWriter audit,
    SlackTuning tuning,
    ILogger<SlackHttpReceiver> logger)
{
    private static readonly Actor Unverified = Actor.External("slack-http", "Unverified HTTP request");

    public Task<IResult> CommandsAsync(HttpContext http) => ReceiveAsync(http, async (body, delivery) =>
    {
        var form = Form(body);
        var command = SlashCommand.FromFields(name => form.TryGetValue(name, out var value) ? value.ToString() : null);
        return command.UserId.Length == 0 || command.Command.Length == 0
            ? await MalformedAsync(http, body, "missing_fields")
            : Answer(await ingress.ReceiveAsync(new(delivery, command), http.RequestAborted));
    });

    public Task<IResult> InteractionsAsync(HttpContext http) => ReceiveAsync(http, async (body, delivery) =>
    {
        var form = Form(body);
        if (!form.TryGetValue("payload", out var json))
        {
            return await MalformedAsync(http, body, "missing_payload");
        }

        if (Parse(json.ToString()) is not { } element)
        {
            return await MalformedAsync(http, body, "invalid_json");
        }

        if (SlackPayloadParser.ParseInteraction(element) is not { } payload)
        {
            return await MalformedAsync(http, body, "invalid_payload");
        }

        return Answer(await ingress.ReceiveAsync(new(delivery, payload), http.RequestAborted));
    });

    public Task<IResult> EventsAsync(HttpContext http) => ReceiveAsync(http, async (body, delivery) =>
    {
        if (Parse(Encoding.UTF8.GetString(body)) is not { ValueKind: JsonValueKind.Object } element)
        {
            return await MalformedAsync(http, body, "invalid_json");
        }

        switch (Text(element, "type"))
        {
            case "url_verification" when Text(element, "challenge") is { } challenge:
                return Results.Text(challenge, "text/plain");
            case "event_callback" when SlackPayloadParser.ParseEventCallback(element) is { } callback:
                await ingress.ReceiveAsync(new(delivery, callback), http.RequestAborted);
                return Results.Ok();
            default:
                return await MalformedAsync(http, body, "invalid_payload");
        }
    });

    private async Task<IResult> ReceiveAsync(HttpContext http, Func<byte[], SlackDelivery, Task<IResult>> handle)
    {
        var request = http.Request;
        var body = await RawBodyReader.ReadAsync(request, tuning.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await RefuseAsync(http, "slack.request.too_large", "body_too_large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Slack's occasional certificate probe carries no signature worth checking and has no effect.
        if (request.Path.Value?.EndsWith("/commands", StringComparison.Ordinal) == true && Form(body).TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            return Results.Ok();
        }

        var check = verifier.Verify(
            request.Headers[SlackSignatureVerifier.TimestampHeader].FirstOrDefault(),
            request.Headers[SlackSignatureVerifier.SignatureHeader].FirstOrDefault(),
            body);
        if (check != SignatureCheck.Valid)
        {
            await RefuseAsync(http, "slack.signature.rejected", ReasonCode(check));
            return Results.Unauthorized();
        }

        return await handle(body, Delivery(request));
    }

    private async Task RefuseAsync(HttpContext http, string action, string reason, JsonObject? extra = null)
    {
        var remote = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        logger.LogWarning("Refused Slack HTTP request to {Path} from {Remote}: {Reason}", http.Request.Path, remote, reason);
        var details = new JsonObject
        {
            ["reason"] = reason,
            ["remote_ip"] = remote,
            ["path"] = http.Request.Path.Value,
        };
        foreach (var (name, value) in extra ?? [])
        {
            details[name] = value?.DeepClone();
        }

        await audit.WriteAsync(Unverified, action, details, http.RequestAborted);
    }

    // Signed by Slack but not a payload we can read. The body is identified by size and SHA-256 rather than kept:
    // Slack bodies carry the verification token and response_url, which must not sit in the trail.
    private async Task<IResult> MalformedAsync(HttpContext http, byte[] body, string reason)
    {
        await RefuseAsync(http, "slack.request.malformed", reason, new JsonObject
        {
            ["body_bytes"] = body.Length,
            ["body_sha256"] = Convert.ToHexStringLower(SHA256.HashData(body)),
        });
        return Results.Text(reason, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static SlackDelivery Delivery(HttpRequest request)
    {
        var retry = int.TryParse(request.Headers["X-Slack-Retry-Num"].FirstOrDefault(), out var n) ? n : 0;
        return new(SlackTransport.Http, null, retry, request.Headers["X-Slack-Retry-Reason"].FirstOrDefault());
    }

    private static IResult Answer(JsonObject? payload) =>
        payload is null ? Results.Ok() : Results.Text(payload.ToJsonString(), "application/json", Encoding.UTF8);

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Form(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ReasonCode(SignatureCheck check) => check switch
    {
        SignatureCheck.MissingHeaders => "missing_signature",
        SignatureCheck.MalformedTimestamp => "malformed_timestamp",
        SignatureCheck.OutsideWindow => "timestamp_outside_window",
        SignatureCheck.UnknownVersion => "unknown_signature_version",
        SignatureCheck.NoSigningSecret => "no_signing_secret",
        _ => "signature_mismatch",
    };
}
