using System.CommandLine;
using ChatOps.Provisioning.Template.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Cli.Template;

/// <summary><c>chatops template plan [FILE] --tenancy OCID</c>: per resource, exists / differs / will be created. Changes nothing.</summary>
internal static class TemplatePlanCommand
{
    public static Command Create()
    {
        var target = new TemplateTargetOptions();
        var command = new Command("plan", "Read a live tenancy with the configured OCI auth and show what applying the template would do.");
        target.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var (templateTarget, problem) = target.Target(parseResult);
            if (templateTarget is null)
            {
                await error.WriteLineAsync(problem);
                return 2;
            }

            var configuration = TemplateCli.Configuration();
            var template = await TemplateCli.LoadAsync(parseResult.GetValue(target.File), configuration, error, cancellationToken);
            using var services = template is null ? null : TemplateCli.Services(configuration, error);
            if (template is null || services is null)
            {
                return 2;
            }

            var result = await services.GetRequiredService<ITemplatePlanner>().PlanAsync(template, templateTarget, cancellationToken);
            if (result.Plan is not { } plan)
            {
                await error.WriteLineAsync($"plan failed: {result.Error}");
                return 2;
            }

            await output.WriteLineAsync($"{plan.Template} against tenancy {plan.TenancyId} (root {plan.RootCompartmentId}, home region {plan.HomeRegion})");
            TemplateTable.Write(
                output,
                ["KIND", "KEY", "NAME", "ACTION", "DETAIL"],
                plan.Entries.Select(e => (IReadOnlyList<string>)[e.Kind, e.Key, e.Name, e.Action.ToString().ToLowerInvariant(), e.Detail]));
            await output.WriteLineAsync(plan.Summary);
            return 0;
        });
        return command;
    }
}
