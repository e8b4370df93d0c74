using ChatOps.Provisioning.Gcas.Polling;
using ChatOps.Provisioning.Gcas.Reporting;
using ChatOps.Provisioning.Notifications.Email;
using ChatOps.Provisioning.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Provisioning.Gcas;

public static class GcasAdapterServiceCollectionExtensions
{
    /// <summary>
    /// The real GCAS and requester e-mail adapters: <see cref="GcasServiceCollectionExtensions.AddGcas"/> and
    /// <see cref="EmailServiceCollectionExtensions.AddEmail"/>, the outbox handlers for <c>gcas.status</c> and
    /// <c>email</c>, and the application poller (a hosted service, also reachable as
    /// <see cref="GcasApplicationPoller"/> for "poll now" and its status).
    /// Use this INSTEAD of the simulated GCAS and mailbox of <c>AddSimulatedCloud</c>, never beside them: two
    /// handlers of one outbox kind make the dispatcher fail at start, on purpose, so a host cannot report half its
    /// events to the real GCAS and half to a simulation.
    /// </summary>
    public static IServiceCollection AddGcasAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGcas(configuration);
        services.AddEmail(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, GcasStatusHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, RequesterEmailHandler>());
        services.TryAddSingleton<GcasApplicationPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<GcasApplicationPoller>());
        return services;
    }
}
