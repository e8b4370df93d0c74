namespace ChatOps.Provisioning.Notifications.Email;

public enum EmailOutcomeKind
{
    Sent,

    /// <summary>Connection refused or dropped, time-out, or a 4xx reply: send again later.</summary>
    TransientFailure,

    /// <summary>A 5xx reply (e.g. mailbox unknown), failed authentication or an unusable address: do not resend as is.</summary>
    PermanentFailure,
}
