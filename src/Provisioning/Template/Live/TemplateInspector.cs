using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// Reads, without changing anything, what a target has of the template: each resource by its name in its
/// container (in apply order, so containers are known before what they hold), and the tenancy settings.
/// </summary>
internal sealed class TemplateInspector(TargetResolver targets, TemplateHandlers handlers, TenancySettingsGateway settings)
{
    public async Task<(Inspection? Inspection, TemplateFailure? Error)> InspectAsync(TemplateDefinition template, TemplateTarget target, CancellationToken cancellationToken)
    {
        var (resolved, targetError) = await targets.ResolveAsync(target, cancellationToken);
        if (resolved is null)
        {
            return (null, targetError);
        }

        var (rendering, renderError) = TemplateRendering.Create(template, resolved.Values, resolved.Mode);
        if (rendering is null)
        {
            return (null, TemplateErrors.Of(TemplateErrors.Invalid, $"{template.Label} cannot be filled in for this target: {renderError}"));
        }

        var scope = resolved.Scope;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal) { [TemplateFields.Root] = scope.RootCompartmentId };
        var inspected = new List<InspectedResource>();
        foreach (var resource in rendering.Resources)
        {
            var desired = rendering.Desire(resource, key => ids.GetValueOrDefault(key));
            var containerId = ContainerId(desired, scope, ids);
            if (containerId is null || (desired.Kind == TemplateKind.TagDefault && desired.TagId is null))
            {
                inspected.Add(new InspectedResource(desired, null, [], ContainerMissing: true));
                continue;
            }

            var found = await handlers.For(desired.Kind).FindAsync(scope, desired, containerId, cancellationToken);
            if (!found.IsSuccess)
            {
                return (null, TemplateErrors.FromOci(found.Error, $"reading {desired.Label}"));
            }

            if (found.Value is { } live)
            {
                ids[desired.Key] = live.Id;
                desired = rendering.Desire(resource, key => ids.GetValueOrDefault(key));
            }

            var differences = found.Value is null ? [] : ResourceComparer.Compare(desired, found.Value);
            inspected.Add(new InspectedResource(desired, found.Value, differences, ContainerMissing: false));
        }

        var desiredTenancy = rendering.Tenancy;
        LiveTenancySettings? liveTenancy = null;
        if (desiredTenancy is not null)
        {
            var read = await settings.ReadAsync(scope, desiredTenancy.AuditRetentionDays is not null, desiredTenancy.CloudGuardReportingRegion is not null, cancellationToken);
            if (!read.IsSuccess)
            {
                return (null, TemplateErrors.FromOci(read.Error, "reading the tenancy settings"));
            }

            liveTenancy = read.Value;
        }

        return (new Inspection(resolved, rendering, inspected, desiredTenancy, liveTenancy, ids), null);
    }

    /// <summary>The OCID of where a resource lives: the tenancy for groups, else its container's OCID (null while that does not exist).</summary>
    public static string? ContainerId(DesiredResource desired, TemplateScope scope, IReadOnlyDictionary<string, string> ids) =>
        desired.Kind is TemplateKind.Group or TemplateKind.DynamicGroup ? scope.TenancyId : ids.GetValueOrDefault(desired.ContainerKey);
}
