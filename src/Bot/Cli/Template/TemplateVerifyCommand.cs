using System.CommandLine;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Template.Verify;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Cli.Template;

/// <summary>
/// <c>chatops template verify</c>: drift of a live tenancy (<c>--tenancy</c>) or of every environment of a stored
/// request (<c>--request</c>, with the configured template). Exit 0 when clean, 1 on drift, 2 when it could not check.
/// </summary>
internal static class TemplateVerifyCommand
{
    public static Command Create()
    {
        var target = new TemplateTargetOptions();
        var request = new Option<string?>("--request") { Description = "Verify every environment of this request (e.g. PR-12) against Template:Path." };
        var command = new Command("verify", "Report missing, different and leftover resources of a live tenancy; exit code 1 on drift.") { request };
        target.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var configuration = TemplateCli.Configuration();
            if (parseResult.GetValue(request) is { } requestId)
            {
                return await VerifyRequestAsync(requestId, configuration, output, error, cancellationToken);
            }

            var (templateTarget, problem) = target.Target(parseResult);
            if (templateTarget is null)
            {
                await error.WriteLineAsync(problem + " (or give --request)");
                return 2;
            }

            var template = await TemplateCli.LoadAsync(parseResult.GetValue(target.File), configuration, error, cancellationToken);
            using var services = template is null ? null : TemplateCli.Services(configuration, error);
            if (template is null || services is null)
            {
                return 2;
            }

            var result = await services.GetRequiredService<ITemplateVerifier>().VerifyAsync(template, templateTarget, cancellationToken);
            if (result.Report is not { } report)
            {
                await error.WriteLineAsync($"verify failed: {result.Error}");
                return 2;
            }

            await WriteAsync(output, report);
            return report.HasDrift ? 1 : 0;
        });
        return command;
    }

    private static async Task<int> VerifyRequestAsync(string requestId, Microsoft.Extensions.Configuration.IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.OpenReadOnly(error);
        if (store is null)
        {
            return 2;
        }

        if (new RequestStore(store).Get(requestId) is not { } stored)
        {
            await error.WriteLineAsync($"No request {requestId}.");
            return 2;
        }

        using var services = TemplateCli.Services(configuration, error);
        if (services is null)
        {
            return 2;
        }

        var report = await services.GetRequiredService<ITemplateVerifier>().VerifyRequestAsync(stored, cancellationToken);
        foreach (var environment in report.Environments)
        {
            await output.WriteLineAsync($"[{environment.EnvironmentKey}] {environment.TargetId ?? "(no target)"}");
            if (environment.Report is { } environmentReport)
            {
                await WriteAsync(output, environmentReport);
            }
            else
            {
                await output.WriteLineAsync($"could not verify: {environment.Error}");
            }
        }

        return report.HasErrors ? 2 : report.HasDrift ? 1 : 0;
    }

    private static async Task WriteAsync(TextWriter output, TemplateDriftReport report)
    {
        foreach (var entry in report.Entries)
        {
            await output.WriteLineAsync(entry.ToString());
        }

        await output.WriteLineAsync(report.HasDrift
            ? $"drift: {report.Entries.Count} finding(s) in {report.TenancyId} against {report.Template} ({report.Checked} checked)"
            : $"no drift: {report.Checked} checked in {report.TenancyId} against {report.Template}");
    }
}
