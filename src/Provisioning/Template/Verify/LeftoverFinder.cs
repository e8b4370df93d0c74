using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Verify;

/// <summary>
/// Finds what the bot made for this target (freeform tags <c>managed-by</c> and <c>chatops-target</c>) that the
/// template no longer names: groups and dynamic groups in the tenancy, and compartments, policies and tag
/// namespaces in the root and in the template's compartments. Tags and tag defaults carry no freeform tags.
/// </summary>
internal sealed class LeftoverFinder(TemplateHandlers handlers)
{
    private static readonly TemplateKind[] TenancyKinds = [TemplateKind.Group, TemplateKind.DynamicGroup];
    private static readonly TemplateKind[] CompartmentKinds = [TemplateKind.Compartment, TemplateKind.Policy, TemplateKind.TagNamespace];

    public async Task<(IReadOnlyList<DriftEntry>? Entries, TemplateFailure? Error)> FindAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var scope = inspection.Target.Scope;
        var known = inspection.Resources.Where(r => r.Live is not null).Select(r => r.Live!.Id).ToHashSet(StringComparer.Ordinal);
        var compartments = inspection.Resources
            .Where(r => r.Desired.Kind == TemplateKind.Compartment && r.Live is not null)
            .Select(r => r.Live!.Id)
            .Prepend(scope.RootCompartmentId)
            .ToList();
        var searches = TenancyKinds.Select(kind => (kind, scope.TenancyId))
            .Concat(compartments.SelectMany(container => CompartmentKinds.Select(kind => (kind, container))));
        var entries = new List<DriftEntry>();
        foreach (var (kind, container) in searches)
        {
            var listed = await handlers.For(kind).ListAsync(scope, container, cancellationToken);
            if (!listed.IsSuccess)
            {
                return (null, TemplateErrors.FromOci(listed.Error, $"listing {TemplateSchema.Of(kind).Section}"));
            }

            entries.AddRange(listed.Value
                .Where(live => live.IsManagedFor(scope.RootCompartmentId) && !known.Contains(live.Id))
                .Select(live => new DriftEntry(DriftKind.ExtraManaged, TemplateSchema.Of(kind).Label, null, live.Name, live.Id, [])));
        }

        return (entries, null);
    }
}
