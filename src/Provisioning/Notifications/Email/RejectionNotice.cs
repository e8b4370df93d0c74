namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>What the requester is told when their application is returned, with the reasons.</summary>
public sealed record RejectionNotice(
    string ApplicationId,
    string OrganizationName,
    string SystemName,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Reasons);
