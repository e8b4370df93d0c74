using ChatOps.Provisioning.Template.Rendering;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Template.Apply;

/// <summary>
/// The ApplyingTemplate step: every environment of the request in turn, every resource in dependency order,
/// get-or-create, then the tenancy settings. Whatever the outcome, it carries what this run recorded.
/// </summary>
internal sealed class TemplateApplier(
    ConfiguredTemplate configured,
    RequestTargets requests,
    TargetResolver targets,
    ResourceApplier resources,
    TenancySettingsApplier tenancy) : ITemplateApplier
{
    public async Task<StepOutcome> ApplyTemplateAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var progress = new ApplyProgress(context.Request);
        var loaded = configured.Load();
        if (loaded.Template is not { } template)
        {
            return TemplateErrors.Of(TemplateErrors.Invalid, $"the configured template {configured.Path} is not valid: {string.Join("; ", loaded.Format(configured.Path))}")
                .ToOutcome(progress.Learned);
        }

        foreach (var environment in context.Application.Environments)
        {
            var (target, targetFailure) = requests.For(context.Request, environment);
            if (target is null)
            {
                return targetFailure!.ToOutcome(progress.Learned);
            }

            var (resolved, resolveFailure) = await targets.ResolveAsync(target, cancellationToken);
            if (resolved is null)
            {
                return resolveFailure!.ToOutcome(progress.Learned);
            }

            var (rendering, renderError) = TemplateRendering.Create(template, resolved.Values, resolved.Mode);
            if (rendering is null)
            {
                return TemplateErrors.Of(TemplateErrors.Invalid, $"{template.Label} cannot be filled in for environment {environment.Key}: {renderError}").ToOutcome(progress.Learned);
            }

            var run = new ApplyRun(context.Request, environment.Key, resolved.Scope, rendering, progress);
            foreach (var resource in rendering.Resources)
            {
                if (await resources.ApplyAsync(run, resource, cancellationToken) is { } stopped)
                {
                    return stopped;
                }
            }

            if (await tenancy.ApplyAsync(run, cancellationToken) is { } stoppedAtTenancy)
            {
                return stoppedAtTenancy;
            }

            progress.Set(TemplateProgressKeys.Applied(environment.Key), template.Label);
        }

        return new StepOutcome.Done(Trigger.TemplateApplied)
        {
            Progress = progress.Learned,
            Note = $"必須適用テンプレート {template.Label} を適用しました / mandatory template {template.Label} applied",
        };
    }
}
