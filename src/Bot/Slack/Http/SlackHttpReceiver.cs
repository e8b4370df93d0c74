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
/// parse → <see cref="SlackIngress"/>. Refusals are audited with the reason and remote address, never the signature.
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
            ? Results.BadRequest()
            : Answer(await ingress.ReceiveAsync(new(delivery, command), http.RequestAborted));
    });

    public Task<IResult> InteractionsAsync(HttpContext http) => ReceiveAsync(http, async (body, delivery) =>
    {
        var form = Form(body);
        if (!form.TryGetValue("payload", out var json) || Parse(json.ToString()) is not { } element
            || SlackPayloadParser.ParseInteraction(element) is not { } payload)
        {
            return Results.BadRequest();
        }

        return Answer(await ingress.ReceiveAsync(new(delivery, payload), http.RequestAborted));
    });

    public Task<IResult> EventsAsync(HttpContext http) => ReceiveAsync(http, async (body, delivery) =>
    {
        if (Parse(Encoding.UTF8.GetString(body)) is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("type", out var type))
        {
            return Results.BadRequest();
        }

        switch (type.GetString())
        {
            case "url_verification":
                return Results.Text(element.TryGetProperty("challenge", out var challenge) ? challenge.GetString() : "", "text/plain");
            case "event_callback" when SlackPayloadParser.ParseEventCallback(element) is { } callback:
                await ingress.ReceiveAsync(new(delivery, callback), http.RequestAborted);
                return Results.Ok();
            default:
                return Results.BadRequest();
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

    private async Task RefuseAsync(HttpContext http, string action, string reason)
    {
        var remote = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        logger.LogWarning("Refused Slack HTTP request to {Path} from {Remote}: {Reason}", http.Request.Path, remote, reason);
        await audit.WriteAsync(Unverified, action, new JsonObject
        {
            ["reason"] = reason,
            ["remote_ip"] = remote,
            ["path"] = http.Request.Path.Value,
        }, http.RequestAborted);
    }

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
