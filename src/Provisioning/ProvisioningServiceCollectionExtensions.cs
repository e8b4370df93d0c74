using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Common;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Observability;
using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Engine;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Provisioning.Workflow.Steps;
using ChatOps.Provisioning.Workflow.Transitions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning;

public static class ProvisioningServiceCollectionExtensions
{
    /// <summary>
    /// The store, audit trail, workflow engine, outbox dispatcher, intake and command service. The ports (cloud,
    /// GCAS, mail, chat) are added separately: the real adapters, or <see cref="AddSimulatedCloud"/>.
    /// </summary>
    public static IServiceCollection AddProvisioning(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        Bind<StoreOptions>(services, configuration, StoreOptions.Section, o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must name the data file.");
        Bind<WorkflowOptions>(services, configuration, WorkflowOptions.Section, ValidSteps, "Workflow:Steps keys must be state names, with MaxAttempts ≥ 1, delays ≥ 0 and MaxPollsPerSecond ≥ 0.");
        Bind<EngineOptions>(services, configuration, EngineOptions.Section, o => o.MaxConcurrency >= 1, "Engine:MaxConcurrency must be at least 1.");
        Bind<OutboxOptions>(services, configuration, OutboxOptions.Section, o => o.MaxConcurrency >= 1, "Outbox:MaxConcurrency must be at least 1.");
        Bind<ApplicationRules>(services, configuration, ApplicationRules.Section, o => o.Regions.All(r => r.Length > 0), "Applications:AllowedRegions must not hold empty names.");
        Bind<AuthorizationOptions>(services, configuration, AuthorizationOptions.Section, o => o.Approvers.Concat(o.Operators).All(IsSlackId),
            "Authorization:Approvers and Authorization:Operators take Slack user ids (U…/W…) or user-group ids (S…).");

        services.AddSingleton<LiteStore>();
        services.AddSingleton<RequestStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<CursorStore>();
        services.AddSingleton<LiteInbox>();
        services.AddSingleton<IInbox>(sp => sp.GetRequiredService<LiteInbox>());
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddSingleton<WorkSignals>();
        services.AddSingleton<KeyedLocks>();
        services.AddSingleton<ProvisioningMetrics>();
        services.AddSingleton<RequestCommitter>();
        services.AddSingleton<ApplicationIntake>();
        services.AddSingleton<RequestCommandService>();
        services.TryAddSingleton<IActorAuthorizer, ConfiguredAuthorizer>();

        services.AddSingleton<IWorkflowStep, ValidationStep>();
        services.AddSingleton<IWorkflowStep, ApprovalStep>();
        services.AddSingleton<IWorkflowStep, TenancyStep>();
        services.AddSingleton<IWorkflowStep, RegionStep>();
        services.AddSingleton<IWorkflowStep, CredentialsStep>();
        services.AddSingleton<IWorkflowStep, CompartmentStep>();
        services.AddSingleton<IWorkflowStep, TemplateStep>();
        services.AddSingleton<IWorkflowStep, GcasReportStep>();
        services.AddSingleton<PollPacer>();
        services.AddSingleton<StepRunner>();
        services.AddSingleton<WorkflowEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowEngine>());
        services.AddOptions<WatchdogOptions>().Bind(configuration.GetSection(WatchdogOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero, "Watchdog:Interval must be positive.").ValidateOnStart();
        services.AddSingleton<OpsAlerts>();
        services.AddSingleton<Watchdog>();
        services.AddHostedService(sp => sp.GetRequiredService<Watchdog>());
        services.AddSingleton<IDeliveryListener, CompletionReportListener>();
        services.AddSingleton<IOutboxHandler, Notifications.LogRequestEventHandler>();
        services.AddSingleton<IOutboxHandler, Notifications.LogOpsAlertHandler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>In-process simulated cloud, GCAS and mailbox: the ports of the headless demo and of the core tests.</summary>
    public static IServiceCollection AddSimulatedCloud(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSimulatedOci(configuration).AddSimulatedGcasAndMail();

    /// <summary>The five cloud ports, simulated in-process (with the real GCAS and mail adapters, or the simulated ones).</summary>
    public static IServiceCollection AddSimulatedOci(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.Section));
        services.TryAddSingleton<SimulatedCloud>();
        services.AddSingleton<ITenancyProvisioner, SimulatedTenancyProvisioner>();
        services.AddSingleton<IRegionActivator, SimulatedRegionActivator>();
        services.AddSingleton<ICredentialVerifier, SimulatedCredentialVerifier>();
        services.AddSingleton<ICompartmentProvisioner, SimulatedCompartmentProvisioner>();
        services.AddSingleton<ITemplateApplier, SimulatedTemplateApplier>();
        return services;
    }

    /// <summary>
    /// GCAS and the applicant's mailbox, simulated in-process. Never together with the real GCAS and mail adapters:
    /// two handlers of one outbox kind stop the dispatcher at start, on purpose.
    /// </summary>
    public static IServiceCollection AddSimulatedGcasAndMail(this IServiceCollection services)
    {
        services.TryAddSingleton<SimulatedGcas>();
        services.TryAddSingleton<SimulatedMailbox>();
        services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<SimulatedGcas>());
        services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<SimulatedMailbox>());
        return services;
    }

    private static void Bind<T>(IServiceCollection services, IConfiguration configuration, string section, Func<T, bool> valid, string message)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).Validate(valid, message).ValidateOnStart();

    private static bool ValidSteps(WorkflowOptions options) => options.Steps.All(pair =>
        Enum.TryParse<RequestState>(pair.Key, out _) && pair.Value.MaxAttempts >= 1 && pair.Value.BaseDelay >= TimeSpan.Zero
        && pair.Value.MaxDelay >= pair.Value.BaseDelay && pair.Value.PollInterval > TimeSpan.Zero && pair.Value.MaxPollsPerSecond is null or >= 0);

    private static bool IsSlackId(string id) => id.Length >= 2 && id[0] is 'U' or 'W' or 'S' && id.All(char.IsAsciiLetterOrDigit);
}
