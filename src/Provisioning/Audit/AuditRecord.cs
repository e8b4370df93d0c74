using System.Text.Json.Nodes;

namespace ChatOps.Provisioning.Audit;

/// <summary>
/// What a caller asks the audit trail to record. The trail adds sequence, time and the hash chain.
/// <paramref name="Action"/> is a dotted verb such as <c>request.approved</c>, <c>slack.signature.rejected</c>
/// or <c>oci.tenancy.create.sent</c>; <paramref name="Details"/> must never hold a secret or token.
/// </summary>
public sealed record AuditRecord(Actor Actor, string Action, string? RequestId = null, JsonObject? Details = null);
