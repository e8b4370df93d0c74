using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Intake;

/// <summary>What became of one arriving application.</summary>
public abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public sealed record Created(ProvisioningRequest Request) : IntakeResult;

    /// <summary>The application is already known (poll and push, or two polls): nothing new was made.</summary>
    public sealed record Duplicate(ProvisioningRequest Existing) : IntakeResult;
}
