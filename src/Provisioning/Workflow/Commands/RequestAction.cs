namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>What a person can do to a request.</summary>
public enum RequestAction
{
    Approve,
    Reject,
    ConfirmCredentials,
    Retry,
    Cancel,
}
