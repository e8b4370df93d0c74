using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// ActivatingRegions on OCI: subscribes each child tenancy to the application's extra regions (ap-osaka-1 → KIX)
/// and waits until every subscription is READY. Subscribing is an IAM write, so it goes to the child's home
/// region (the application's home region, where the child was created). What exists is read from OCI on every
/// run, so a re-run subscribes only what is missing.
/// </summary>
internal sealed class OciRegionActivator(OciTenancyClient tenancies, OciRegionDirectory regions, IAuditTrail audit) : IRegionActivator
{
    public const string StepName = nameof(RequestState.ActivatingRegions);

    public async Task<StepOutcome> ActivateRegionsAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var application = context.Application;
        if (application.ExtraRegions.Count == 0)
        {
            return new StepOutcome.Done(Trigger.RegionsActivated);
        }

        var keys = new List<(string Name, string Key)>();
        foreach (var name in application.ExtraRegions)
        {
            var key = await regions.KeyOfAsync(name, cancellationToken);
            if (!key.IsSuccess)
            {
                return OciStepFailures.Outcome(key, "ListRegions");
            }

            if (key.Value is null)
            {
                return OciStepFailures.Permanent("UnknownRegion", $"OCI does not list the region {name}.", nameof(OciService.Identity));
            }

            keys.Add((name, key.Value));
        }

        return await EnvironmentSteps.RunAsync(
            context,
            environment => ActivateAsync(context, environment, keys, cancellationToken),
            Trigger.RegionsActivated,
            $"リージョン有効化中 / activating {string.Join(", ", application.ExtraRegions)}");
    }

    private async Task<EnvironmentStep> ActivateAsync(
        StepContext context, EnvironmentPlan environment, IReadOnlyList<(string Name, string Key)> wanted, CancellationToken cancellationToken)
    {
        if (context.Request.ProgressValue(ProgressKeys.TenancyId(environment.Key)) is not { } tenancyId)
        {
            return EnvironmentStep.Failed(OciStepFailures.Permanent("MissingTenancy", $"No tenancy is recorded for {environment.Key}.", nameof(OciService.Identity)));
        }

        var homeRegion = context.Application.HomeRegion;
        var listed = await tenancies.ListRegionSubscriptionsAsync(homeRegion, tenancyId, cancellationToken);
        if (!listed.IsSuccess)
        {
            return EnvironmentStep.Failed(OciStepFailures.Outcome(listed, $"ListRegionSubscriptions {environment.TenancyName}"));
        }

        var pending = false;
        foreach (var (name, key) in wanted)
        {
            var subscription = listed.Value.FirstOrDefault(s => s.RegionKey.Equals(key, StringComparison.OrdinalIgnoreCase)
                || s.RegionName.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (subscription is null)
            {
                var failure = await SubscribeAsync(context, environment, tenancyId, homeRegion, key, cancellationToken);
                if (failure is not null)
                {
                    return EnvironmentStep.Failed(failure);
                }
            }

            pending |= subscription is not { IsReady: true };
        }

        return pending ? EnvironmentStep.Pending(context.Policy.PollInterval) : EnvironmentStep.Finished();
    }

    private async Task<StepOutcome?> SubscribeAsync(
        StepContext context, EnvironmentPlan environment, string tenancyId, string homeRegion, string regionKey, CancellationToken cancellationToken)
    {
        var token = OciRetryToken.Derive(context.Request.Id, StepName, $"{environment.Key}/{regionKey}");
        var created = await tenancies.CreateRegionSubscriptionAsync(homeRegion, tenancyId, regionKey, token, cancellationToken);
        if (!created.IsSuccess)
        {
            // Already subscribed (a concurrent or earlier attempt won): the next poll sees it.
            return created.Error.IsAlreadyExists
                ? null
                : OciStepFailures.Outcome(created, $"CreateRegionSubscription {regionKey} for {environment.TenancyName}");
        }

        await audit.AppendAsync(new AuditRecord(Actor.Bot, "oci.region.subscribe.sent", context.Request.Id, new JsonObject
        {
            ["environment"] = environment.Key,
            ["tenancyId"] = tenancyId,
            ["regionKey"] = regionKey,
            ["homeRegion"] = homeRegion,
            ["opcRequestId"] = created.OpcRequestId,
        }), cancellationToken);
        return null;
    }
}
