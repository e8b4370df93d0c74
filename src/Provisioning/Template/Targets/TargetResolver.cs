using System.Collections.Concurrent;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Workflow;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Template.Targets;

/// <summary>
/// Completes a target from OCI: the tenancy's home region (GetTenancy gives its key, ListRegions its name) and the
/// name of the tenancy or compartment for <c>{{tenancy_name}}</c>. Reads go to <c>Oci:Region</c>.
/// </summary>
internal sealed class TargetResolver(OciTenancyClient tenancies, OciCompartmentsClient compartments, IOptions<OciOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _regionNames = new(StringComparer.OrdinalIgnoreCase);

    public async Task<(ResolvedTarget? Target, TemplateFailure? Error)> ResolveAsync(TemplateTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var readRegion = options.Value.Region ?? throw new InvalidOperationException("Oci:Region is not configured.");
        var values = new Dictionary<string, string>(target.Values, StringComparer.Ordinal)
        {
            [TemplatePlaceholders.TenancyOcid] = target.TenancyId,
            [TemplatePlaceholders.RootCompartmentOcid] = target.RootCompartmentId,
        };

        var homeRegion = target.HomeRegion;
        if (homeRegion is null || !values.ContainsKey(TemplatePlaceholders.TenancyName))
        {
            var tenancy = await tenancies.GetTenancyAsync(readRegion, target.TenancyId, cancellationToken);
            if (!tenancy.IsSuccess)
            {
                return (null, TemplateErrors.FromOci(tenancy.Error, $"reading tenancy {target.TenancyId}"));
            }

            if (homeRegion is null)
            {
                var (name, error) = await RegionNameAsync(readRegion, tenancy.Value.HomeRegionKey, cancellationToken);
                if (error is not null)
                {
                    return (null, error);
                }

                homeRegion = name;
            }

            if (!values.ContainsKey(TemplatePlaceholders.TenancyName))
            {
                var (name, error) = await RootNameAsync(readRegion, target, tenancy.Value, cancellationToken);
                if (error is not null)
                {
                    return (null, error);
                }

                values[TemplatePlaceholders.TenancyName] = name!;
            }
        }

        values[TemplatePlaceholders.HomeRegion] = homeRegion!;
        return (new ResolvedTarget(target, new TemplateScope(target.TenancyId, target.RootCompartmentId, homeRegion!), values), null);
    }

    private async Task<(string? Name, TemplateFailure? Error)> RegionNameAsync(string readRegion, string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return (null, TemplateErrors.Of(TemplateErrors.TargetMissing, "the tenancy reports no home region"));
        }

        if (_regionNames.TryGetValue(key, out var known))
        {
            return (known, null);
        }

        var regions = await tenancies.ListRegionsAsync(readRegion, cancellationToken);
        if (!regions.IsSuccess)
        {
            return (null, TemplateErrors.FromOci(regions.Error, "listing regions"));
        }

        foreach (var region in regions.Value)
        {
            _regionNames[region.Key] = region.Name;
        }

        return _regionNames.TryGetValue(key, out var name)
            ? (name, null)
            : (null, TemplateErrors.Of(TemplateErrors.TargetMissing, $"home region key {key} is not a region OCI lists"));
    }

    // In single use the environment's name is the tenancy's; in shared use it is the organisation compartment's.
    private async Task<(string? Name, TemplateFailure? Error)> RootNameAsync(string readRegion, TemplateTarget target, Tenancy tenancy, CancellationToken cancellationToken)
    {
        if (target.CompartmentId is null)
        {
            return tenancy.Name is { Length: > 0 } name ? (name, null) : (null, TemplateErrors.Of(TemplateErrors.TargetMissing, "the tenancy reports no name"));
        }

        var compartment = await compartments.GetCompartmentAsync(readRegion, target.CompartmentId, cancellationToken);
        return compartment.IsSuccess
            ? (compartment.Value.Name, null)
            : (null, TemplateErrors.FromOci(compartment.Error, $"reading compartment {target.CompartmentId}"));
    }
}
