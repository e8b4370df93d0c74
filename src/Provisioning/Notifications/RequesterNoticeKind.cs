namespace ChatOps.Provisioning.Notifications;

public enum RequesterNoticeKind
{
    Completed,
    Rejected,
}
