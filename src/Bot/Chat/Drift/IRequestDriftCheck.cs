using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Chat.Drift;

/// <summary>
/// Compares what the mandatory template says a request's environments should hold with what they hold now.
/// <c>/provision verify</c> uses it when one is registered; the template engine provides the implementation.
/// </summary>
internal interface IRequestDriftCheck
{
    Task<DriftReport> CheckAsync(ProvisioningRequest request, CancellationToken cancellationToken);
}
