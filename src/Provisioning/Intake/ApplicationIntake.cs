using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Events;
using ChatOps.Provisioning.Workflow.Transitions;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Intake;

/// <summary>
/// Turns an arriving GCAS application into exactly one request, however often it arrives. The raw payload is
/// stored as received, valid or not; validation happens here so the derived tenancy names are claimed in the
/// same transaction that stores the request.
/// </summary>
public sealed class ApplicationIntake(RequestStore requests, RequestCommitter committer, IOptions<ApplicationRules> rules)
{
    /// <summary>The biggest payload kept verbatim; anything larger is kept as its first part plus a marker.</summary>
    public const int MaxStoredPayloadChars = 1_000_000;

    public Task<IntakeResult> ReceiveAsync(string? applicationId, string rawPayload, Actor source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rawPayload);
        var key = Key(applicationId, rawPayload);
        var validator = new ApplicationValidator(rules.Value);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (requests.FindByGcasId(key) is { } existing)
            {
                return Task.FromResult<IntakeResult>(new IntakeResult.Duplicate(existing));
            }

            var validation = validator.Validate(rawPayload, requests.IsTenancyNameTaken);
            var (result, created) = committer.CommitNew(key, (number, now) => Build(number, now, key, rawPayload, validation, source));
            switch (result)
            {
                case CommitResult.Committed:
                    return Task.FromResult<IntakeResult>(new IntakeResult.Created(created!));
                case CommitResult.Duplicate:
                    return Task.FromResult<IntakeResult>(new IntakeResult.Duplicate(requests.FindByGcasId(key)!));
            }

            // NameTaken: another application claimed a derived name a moment ago; derive again.
        }

        throw new InvalidOperationException($"Could not claim unique tenancy names for application {key}.");
    }

    /// <summary>The application id to key on; a payload without one is keyed by its content hash so it is still kept once.</summary>
    public static string Key(string? applicationId, string rawPayload) =>
        !string.IsNullOrWhiteSpace(applicationId) && applicationId.Length <= 64 && applicationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? applicationId
            : "unidentified-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawPayload)))[..16];

    private static RequestChange Build(long number, DateTimeOffset now, string key, string raw, ApplicationValidation validation, Actor source)
    {
        var stored = raw.Length > MaxStoredPayloadChars ? raw[..MaxStoredPayloadChars] + "\n…[truncated]" : raw;
        var request = new ProvisioningRequest
        {
            Id = $"PR-{number}",
            Number = number,
            GcasApplicationId = key,
            RawPayload = stored,
            Summary = validation.Summary,
            Application = validation.Application,
            Problems = validation.Problems,
            State = RequestState.Received,
            CreatedAt = now,
            StateEnteredAt = now,
            DueAt = now,
            History = [new StateVisit(RequestState.Received, now, source.Id)],
        };
        var builder = new ChangeBuilder(request with { Version = 0 }, now) { Request = request };
        builder.Audit(source, "request.received", new JsonObject
        {
            ["applicationId"] = key,
            ["valid"] = validation.IsValid,
            ["problems"] = validation.Problems.Count,
            ["payloadBytes"] = Encoding.UTF8.GetByteCount(raw),
        });
        builder.Event(new RequestEvent(request.Id, RequestEventKind.Created, now, source, To: RequestState.Received));
        if (validation.Application is { } application)
        {
            builder.Claim(application.Environments.Select(e => e.TenancyName));
        }

        return builder.Build(isNew: true);
    }
}
