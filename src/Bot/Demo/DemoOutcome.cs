using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Demo;

/// <summary>How one demo application ended.</summary>
internal sealed record DemoOutcome(DemoApplication Application, ProvisioningRequest Request)
{
    public bool AsExpected => Application.ExpectValid ? Request.State == RequestState.Completed : Request.State == RequestState.Rejected;

    public TimeSpan LeadTime => Request.UpdatedAt - Request.CreatedAt;

    public IReadOnlyList<string> Path => [.. Request.History.Select(v => v.State.ToString())];
}
