namespace ChatOps.Provisioning.Workflow.Commands;

public enum RefusalCode
{
    AlreadyApproved,
    AlreadyRejected,
    AlreadyCancelled,
    AlreadyCompleted,
    NotFailed,
    NotAwaitingCredentials,
    NotAwaitingApproval,
}
