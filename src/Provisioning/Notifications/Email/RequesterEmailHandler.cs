using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>
/// Delivers queued <see cref="RequesterNotice"/>s (outbox kind <c>email</c>): composes the bilingual message and
/// sends it over SMTP. A 4xx or a dropped connection stays queued and is retried; a 5xx (e.g. unknown mailbox) or
/// failed authentication is refused, which the dispatcher records for the operator.
/// </summary>
internal sealed class RequesterEmailHandler(RequesterEmailComposer composer, IEmailSender sender, IAuditTrail audit) : IOutboxHandler
{
    public string Kind => OutboxKinds.Email;

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        RequesterNotice notice;
        try
        {
            notice = ProvisioningJson.Deserialize<RequesterNotice>(message.Payload);
        }
        catch (JsonException e)
        {
            return DeliveryResult.Refused($"unreadable requester notice: {e.Message}");
        }

        if (Compose(notice) is not { } composed)
        {
            return DeliveryResult.Refused($"no e-mail for a notice of kind {notice.Kind}");
        }

        var email = composed with { IdempotencyKey = message.IdempotencyKey };
        var outcome = await sender.SendAsync(email, cancellationToken);
        switch (outcome.Kind)
        {
            case EmailOutcomeKind.Sent:
                await audit.AppendAsync(new AuditRecord(Actor.Bot, "email.sent", message.RequestId, new JsonObject
                {
                    ["kind"] = notice.Kind.ToString(),
                    ["applicationId"] = notice.ApplicationId,
                    ["recipients"] = notice.Recipients.Count,
                }), cancellationToken);
                return DeliveryResult.Delivered;
            case EmailOutcomeKind.TransientFailure:
                return DeliveryResult.Retry(outcome.Detail ?? "SMTP unavailable");
            default:
                return DeliveryResult.Refused(outcome.Detail ?? "SMTP refused the message");
        }
    }

    private EmailMessage? Compose(RequesterNotice notice) => notice.Kind switch
    {
        RequesterNoticeKind.Completed => composer.ComposeCompletion(new CompletionNotice(
            notice.ApplicationId, notice.OrganizationName, notice.SystemName, notice.Recipients, notice.Tenancies)),
        RequesterNoticeKind.Rejected => composer.ComposeRejection(new RejectionNotice(
            notice.ApplicationId, notice.OrganizationName, notice.SystemName, notice.Recipients, notice.Reasons)),
        _ => null,
    };
}
