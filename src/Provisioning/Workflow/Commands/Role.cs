namespace ChatOps.Provisioning.Workflow.Commands;

public enum Role
{
    /// <summary>May approve and reject applications, and cancel.</summary>
    Approver,

    /// <summary>May confirm credentials, retry failed steps, and cancel.</summary>
    Operator,
}
