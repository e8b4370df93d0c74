using ChatOps.Provisioning.Template.Apply;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Planning;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Template.Verify;
using ChatOps.Provisioning.Workflow.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Template;

/// <summary>Registers the mandatory template: loader (checked at start), planner, applier and verifier. Needs <c>AddOci</c>.</summary>
public static class TemplateServiceCollectionExtensions
{
    /// <summary>
    /// The template named by <c>Template:Path</c> is loaded and checked when the host starts; a broken file stops
    /// the start with every problem as <c>FILE:LINE:COL: message</c>. The applier replaces any other
    /// <see cref="ITemplateApplier"/> (such as the simulated one).
    /// </summary>
    public static IServiceCollection AddTemplate(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TemplateOptions>().Bind(configuration.GetSection(TemplateOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TemplateOptions>, TemplateOptionsValidator>());
        services.TryAddSingleton<TemplateFiles>();
        services.TryAddSingleton<ConfiguredTemplate>();
        services.TryAddSingleton<RequestTargets>();
        services.TryAddSingleton<TargetResolver>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, CompartmentHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, GroupHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, DynamicGroupHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, PolicyHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, TagNamespaceHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, TagHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITemplateResourceHandler, TagDefaultHandler>());
        services.TryAddSingleton<TemplateHandlers>();
        services.TryAddSingleton<TenancySettingsGateway>();
        services.TryAddSingleton<TemplateInspector>();
        services.TryAddSingleton<LeftoverFinder>();

        services.TryAddSingleton<ITemplatePlanner, TemplatePlanner>();
        services.TryAddSingleton<ITemplateVerifier, TemplateVerifier>();
        services.TryAddSingleton<TemplateAudit>();
        services.TryAddSingleton<ResourceApplier>();
        services.TryAddSingleton<TenancySettingsApplier>();
        services.RemoveAll<ITemplateApplier>();
        services.AddSingleton<ITemplateApplier, TemplateApplier>();
        return services;
    }
}
