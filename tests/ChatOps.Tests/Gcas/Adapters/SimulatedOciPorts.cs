using ChatOps.Provisioning;
using ChatOps.Provisioning.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Gcas.Adapters;

/// <summary>The simulated OCI ports on a given simulated cloud, beside the real GCAS and mail adapters.</summary>
internal static class SimulatedOciPorts
{
    public static IServiceCollection AddSimulatedOci(this IServiceCollection services, SimulatedCloud cloud) =>
        services.AddSingleton(cloud).AddSimulatedOci(new ConfigurationBuilder().Build());
}
