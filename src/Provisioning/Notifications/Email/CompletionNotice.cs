using ChatOps.Provisioning.Gcas;

namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>What the requester is told when their environments are handed over.</summary>
public sealed record CompletionNotice(
    string ApplicationId,
    string OrganizationName,
    string SystemName,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<ProvisionedTenancy> Tenancies);
