using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Verify;

internal sealed class TemplateVerifier(ConfiguredTemplate configured, RequestTargets requests, TemplateInspector inspector, LeftoverFinder leftovers) : ITemplateVerifier
{
    public async Task<RequestDriftReport> VerifyRequestAsync(ProvisioningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = configured.Load();
        var environments = new List<EnvironmentDrift>();
        foreach (var environment in request.Application?.Environments ?? [])
        {
            var (target, targetError) = requests.For(request, environment);
            if (loaded.Template is null || target is null)
            {
                var error = targetError ?? TemplateErrors.Of(TemplateErrors.Invalid, $"the configured template {configured.Path} is not valid");
                environments.Add(new EnvironmentDrift(environment.Key, target?.RootCompartmentId, null, error.Error));
                continue;
            }

            var result = await VerifyAsync(loaded.Template, target, cancellationToken);
            environments.Add(new EnvironmentDrift(environment.Key, target.RootCompartmentId, result.Report, result.Error));
        }

        return new RequestDriftReport(request.Id, environments);
    }

    public async Task<TemplateVerifyResult> VerifyAsync(TemplateDefinition template, TemplateTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var (inspection, error) = await inspector.InspectAsync(template, target, cancellationToken);
        if (inspection is null)
        {
            return new TemplateVerifyResult(null, error?.Error);
        }

        var entries = new List<DriftEntry>();
        foreach (var resource in inspection.Resources)
        {
            var kind = TemplateSchema.Of(resource.Desired.Kind).Label;
            if (resource.Live is null)
            {
                entries.Add(new DriftEntry(DriftKind.Missing, kind, resource.Desired.Key, resource.Desired.Name, null, []));
            }
            else if (resource.Differences.Count > 0)
            {
                entries.Add(new DriftEntry(DriftKind.Different, kind, resource.Desired.Key, resource.Desired.Name, resource.Live.Id, resource.Differences));
            }
        }

        var checkedCount = inspection.Resources.Count;
        if (inspection.DesiredTenancy is { } desired && inspection.LiveTenancy is { } live)
        {
            checkedCount++;
            var differences = TenancyComparer.Compare(desired, live);
            if (differences.Count > 0)
            {
                entries.Add(new DriftEntry(DriftKind.Different, "tenancy", "tenancy", target.TenancyId, target.TenancyId, differences));
            }
        }

        var (extras, extraError) = await leftovers.FindAsync(inspection, cancellationToken);
        if (extras is null)
        {
            return new TemplateVerifyResult(null, extraError?.Error);
        }

        entries.AddRange(extras);
        var scope = inspection.Target.Scope;
        return new TemplateVerifyResult(new TemplateDriftReport(template.Label, scope.TenancyId, scope.RootCompartmentId, checkedCount, entries), null);
    }
}
