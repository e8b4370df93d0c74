using System.Net.Mime;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas.Push;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Gcas;

/// <summary>
/// <c>POST /gcas/applications</c>: GCAS pushes one application. The caller is verified before the body is read;
/// the raw body goes to the same intake as the poller, so a push and a poll of one application make one request.
/// Answers 202 with our request id for a new application and 200 for one already known.
/// </summary>
internal sealed class GcasPushEndpoint(
    IGcasPushVerifier verifier,
    ApplicationIntake intake,
    IAuditTrail audit,
    IOptions<GcasPushOptions> options,
    ILogger<GcasPushEndpoint> logger)
{
    public const string Path = "/gcas/applications";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var authorization = context.Request.Headers.Authorization;
        var verification = await verifier.VerifyAsync(authorization.Count == 1 ? authorization[0] : null, cancellationToken);
        if (!verification.IsVerified)
        {
            var unavailable = verification.Status == PushVerificationStatus.Unavailable;
            await RefuseAsync(context, verification.Reason ?? "not verified", unavailable ? 503 : 401, null, cancellationToken);
            if (unavailable)
            {
                context.Response.Headers.RetryAfter = "30";
                return Results.Problem(statusCode: 503, title: "Service Unavailable", detail: "The caller cannot be verified right now; try again later.");
            }

            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Problem(statusCode: 401, title: "Unauthorized", detail: "A Google-signed ID token of an allowed GCAS service account is required.");
        }

        var pusher = verification.ServiceAccount!;
        if (!IsJson(context.Request.ContentType))
        {
            await RefuseAsync(context, "the body is not application/json", 415, pusher, cancellationToken);
            return Results.Problem(statusCode: 415, title: "Unsupported Media Type", detail: "Send the application as application/json.");
        }

        var (text, status, problem) = await PushBody.ReadAsync(context.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (text is null || !TryReadApplicationId(text, out var applicationId))
        {
            (status, problem) = text is null ? (status, problem!) : (400, "the body is not one JSON object");
            await RefuseAsync(context, problem, status, pusher, cancellationToken);
            return Results.Problem(statusCode: status, detail: problem);
        }

        IntakeResult result;
        try
        {
            result = await intake.ReceiveAsync(applicationId, text, Actor.External(pusher, "GCAS (push)"), cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "A pushed application could not be stored");
            context.Response.Headers.RetryAfter = "60";
            return Results.Problem(statusCode: 503, title: "Service Unavailable", detail: "The application could not be stored; try again later.");
        }

        return result switch
        {
            IntakeResult.Created created => Results.Json(Answer(created.Request, duplicate: false), statusCode: 202),
            IntakeResult.Duplicate duplicate => Results.Json(Answer(duplicate.Existing, duplicate: true), statusCode: 200),
            _ => throw new InvalidOperationException($"Unknown intake result {result.GetType().Name}."),
        };
    }

    private static JsonObject Answer(Provisioning.Workflow.ProvisioningRequest request, bool duplicate) => new()
    {
        ["requestId"] = request.Id,
        ["applicationId"] = request.GcasApplicationId,
        ["duplicate"] = duplicate,
    };

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType == MediaTypeNames.Application.Json || (media.MediaType?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>
    /// False when the body is not a JSON object. An object without a string <c>applicationId</c> is still taken
    /// in (intake keys it by content and validation rejects it), exactly as when it arrives by poll.
    /// </summary>
    private static bool TryReadApplicationId(string text, out string? applicationId)
    {
        applicationId = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (document.RootElement.TryGetProperty("applicationId", out var id) && id.ValueKind == JsonValueKind.String)
            {
                applicationId = id.GetString();
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private Task RefuseAsync(HttpContext context, string reason, int status, string? pusher, CancellationToken cancellationToken)
    {
        logger.LogWarning("GCAS push refused with {Status}: {Reason}", status, reason);
        var details = new JsonObject
        {
            ["status"] = status,
            ["reason"] = reason,
            ["remoteAddress"] = context.Connection.RemoteIpAddress?.ToString(),
        };
        if (pusher is not null)
        {
            details["serviceAccount"] = pusher;
        }

        return audit.AppendAsync(new AuditRecord(Actor.External("gcas-push", "GCAS push"), "gcas.push.rejected", null, details), cancellationToken);
    }
}
