namespace ChatOps.Provisioning.Workflow.Commands;

public enum DenialReason
{
    /// <summary>The actor does not hold the role the action needs.</summary>
    MissingRole,

    /// <summary>Four-eyes rule: whoever approved may not also confirm the credentials.</summary>
    FourEyes,
}
