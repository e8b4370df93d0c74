using ChatOps.Provisioning.Gcas;

namespace ChatOps.Provisioning.Notifications;

/// <summary>What the applicant is told by e-mail when their environment is ready or their application is refused.</summary>
public sealed record RequesterNotice(
    RequesterNoticeKind Kind,
    string RequestId,
    string ApplicationId,
    string OrganizationName,
    string SystemName,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<ProvisionedTenancy> Tenancies,
    IReadOnlyList<string> Reasons);
