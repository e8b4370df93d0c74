using ChatOps.Provisioning.Workflow.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

public static class OciAdapterServiceCollectionExtensions
{
    /// <summary>
    /// The OCI wire layer (<see cref="OciServiceCollectionExtensions.AddOci"/>) and the workflow's four OCI ports:
    /// tenancy creation, region activation, shared-use compartments and the credential check. The mandatory
    /// template (<see cref="ITemplateApplier"/>) is registered by the template engine, not here.
    /// These ports and <c>AddSimulatedCloud</c>'s simulated ones of the same interfaces are alternatives, never a
    /// mix: this call removes any registration of the four already made, so it may follow <c>AddSimulatedCloud</c>
    /// (e.g. to keep its GCAS and mail stand-ins); calling <c>AddSimulatedCloud</c> after it would put the
    /// simulated ones back.
    /// </summary>
    public static IServiceCollection AddOciAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOci(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OciOptions>, OciAdapterOptionsValidator>());
        services.TryAddSingleton<OciRegionDirectory>();
        services.TryAddSingleton<OciOrganizationDirectory>();
        services.TryAddSingleton<ChildTenancyWorkRequests>();

        services.RemoveAll<ITenancyProvisioner>();
        services.RemoveAll<IRegionActivator>();
        services.RemoveAll<ICompartmentProvisioner>();
        services.RemoveAll<ICredentialVerifier>();
        services.AddSingleton<ITenancyProvisioner, OciTenancyProvisioner>();
        services.AddSingleton<IRegionActivator, OciRegionActivator>();
        services.AddSingleton<ICompartmentProvisioner, OciCompartmentProvisioner>();
        services.AddSingleton<ICredentialVerifier, OciCredentialVerifier>();
        return services;
    }
}
