using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Workflow.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Gcas.Adapters;

/// <summary>
/// The simulated OCI ports of AddSimulatedCloud without its simulated GCAS and mailbox, which the real adapters
/// replace (two handlers of one outbox kind would stop the dispatcher from starting).
/// </summary>
internal static class SimulatedOciPorts
{
    public static IServiceCollection AddSimulatedOci(this IServiceCollection services, SimulatedCloud cloud) => services
        .AddSingleton(cloud)
        .AddSingleton<ITenancyProvisioner, SimulatedTenancyProvisioner>()
        .AddSingleton<IRegionActivator, SimulatedRegionActivator>()
        .AddSingleton<ICredentialVerifier, SimulatedCredentialVerifier>()
        .AddSingleton<ICompartmentProvisioner, SimulatedCompartmentProvisioner>()
        .AddSingleton<ITemplateApplier, SimulatedTemplateApplier>();
}
