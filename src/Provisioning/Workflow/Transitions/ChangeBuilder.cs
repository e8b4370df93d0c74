using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Events;

namespace ChatOps.Provisioning.Workflow.Transitions;

/// <summary>Collects a request's new version with the audit entries and outbox messages that belong to it.</summary>
public sealed class ChangeBuilder
{
    private readonly ProvisioningRequest _original;
    private readonly DateTimeOffset _now;
    private readonly List<AuditRecord> _audit = [];
    private readonly List<OutboxItem> _outbox = [];
    private readonly List<string> _claims = [];

    public ChangeBuilder(ProvisioningRequest original, DateTimeOffset now)
    {
        _original = original;
        _now = now;
        Request = original;
    }

    public ProvisioningRequest Request { get; set; }

    public ProvisioningRequest Original => _original;

    public DateTimeOffset Now => _now;

    /// <summary>Idempotency key of the last GCAS event added, so a step can later check it was delivered.</summary>
    public string? LastGcasKey { get; private set; }

    public ChangeBuilder Audit(Actor actor, string action, JsonObject? details = null)
    {
        _audit.Add(new AuditRecord(actor, action, Request.Id, details));
        return this;
    }

    public ChangeBuilder Event(RequestEvent requestEvent)
    {
        var index = _outbox.Count(item => item.Kind == OutboxKinds.RequestEvent);
        _outbox.Add(new OutboxItem(
            OutboxKinds.RequestEvent,
            $"request:{Request.Id}",
            $"request:{Request.Id}:v{Request.Version + 1}:{index}",
            ProvisioningJson.Serialize(requestEvent),
            Request.Id));
        return this;
    }

    public ChangeBuilder Gcas(string status, string? step = null, string? message = null, IReadOnlyList<string>? reasons = null, IReadOnlyList<ProvisionedTenancy>? tenancies = null)
    {
        var sequence = Request.GcasSequence + 1;
        Request = Request with { GcasSequence = sequence };
        var applicationId = Request.GcasApplicationId;
        var statusEvent = new GcasStatusEvent(applicationId, sequence, status, $"{applicationId}:{sequence}:{status}", _now, step, message, reasons, tenancies);
        _outbox.Add(new OutboxItem(OutboxKinds.GcasStatus, $"gcas:{applicationId}", statusEvent.IdempotencyKey, ProvisioningJson.Serialize(statusEvent), Request.Id));
        LastGcasKey = statusEvent.IdempotencyKey;
        return this;
    }

    public ChangeBuilder Email(RequesterNotice notice)
    {
        _outbox.Add(new OutboxItem(OutboxKinds.Email, $"email:{Request.Id}", $"email:{Request.Id}:{notice.Kind}", ProvisioningJson.Serialize(notice), Request.Id));
        return this;
    }

    public ChangeBuilder Claim(IEnumerable<string> names)
    {
        _claims.AddRange(names);
        return this;
    }

    /// <summary>The change to commit: the request stamped with the write time, versioned against the original.</summary>
    public RequestChange Build(bool isNew = false) => new(
        Request with { UpdatedAt = _now, Version = isNew ? 1 : _original.Version + 1 },
        isNew ? null : _original.Version,
        _audit,
        _outbox,
        _claims);
}
