using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Targets;

namespace ChatOps.Provisioning.Template.Planning;

internal sealed class TemplatePlanner(TemplateInspector inspector) : ITemplatePlanner
{
    public const string TenancyKind = "tenancy";

    public async Task<TemplatePlanResult> PlanAsync(TemplateDefinition template, TemplateTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var (inspection, error) = await inspector.InspectAsync(template, target, cancellationToken);
        if (inspection is null)
        {
            return new TemplatePlanResult(null, error?.Error);
        }

        var entries = inspection.Resources.Select(Entry).ToList();
        if (inspection.DesiredTenancy is { } desired && inspection.LiveTenancy is { } live)
        {
            var differences = TenancyComparer.Compare(desired, live);
            if (desired.AuditRetentionDays is { } days)
            {
                var difference = differences.FirstOrDefault(d => d.Field == TenancyComparer.Audit);
                entries.Add(new PlanEntry(TenancyKind, TenancyComparer.Audit, $"{days} days", difference is null ? PlanAction.Exists : PlanAction.Update, null, [.. differences.Where(d => d == difference)]));
            }

            if (desired.CloudGuardReportingRegion is { } region)
            {
                var difference = differences.FirstOrDefault(d => d.Field == TenancyComparer.CloudGuard);
                var action = difference is null ? PlanAction.Exists : TenancyComparer.ReportsElsewhere(live, region) ? PlanAction.Drift : PlanAction.Update;
                entries.Add(new PlanEntry(TenancyKind, TenancyComparer.CloudGuard, $"enabled, reporting to {region}", action, null, [.. differences.Where(d => d == difference)]));
            }
        }

        var scope = inspection.Target.Scope;
        return new TemplatePlanResult(new TemplatePlan(template.Label, scope.TenancyId, scope.RootCompartmentId, scope.HomeRegion, entries), null);
    }

    private static PlanEntry Entry(InspectedResource resource)
    {
        var desired = resource.Desired;
        var kind = TemplateSchema.Of(desired.Kind).Label;
        if (resource.Live is not { } live)
        {
            return new PlanEntry(kind, desired.Key, desired.Name, PlanAction.Create, null, []);
        }

        var action = resource.Differences.Count == 0
            ? PlanAction.Exists
            : desired.Kind == TemplateKind.Policy && live.IsManaged ? PlanAction.Update : PlanAction.Drift;
        return new PlanEntry(kind, desired.Key, desired.Name, action, live.Id, resource.Differences);
    }
}
