using ChatOps.Provisioning.Applications;

namespace ChatOps.Provisioning.Workflow;

/// <summary>Everything a step run may look at. The request is the stored one: what earlier attempts recorded is in its Progress.</summary>
public sealed record StepContext(ProvisioningRequest Request, StepPolicy Policy, DateTimeOffset Now)
{
    /// <summary>The validated application; steps after validation may rely on it.</summary>
    public ValidatedApplication Application =>
        Request.Application ?? throw new InvalidOperationException($"Request {Request.Id} has no validated application.");
}
