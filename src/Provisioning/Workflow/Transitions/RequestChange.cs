using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Outbox;

namespace ChatOps.Provisioning.Workflow.Transitions;

/// <summary>
/// One atomic change: the request's new version and everything that must be written with it. Committed in a
/// single transaction by <see cref="RequestCommitter"/>; <paramref name="ExpectedVersion"/> null means a new request.
/// </summary>
public sealed record RequestChange(
    ProvisioningRequest Request,
    long? ExpectedVersion,
    IReadOnlyList<AuditRecord> Audit,
    IReadOnlyList<OutboxItem> Outbox,
    IReadOnlyList<string> ClaimNames);
