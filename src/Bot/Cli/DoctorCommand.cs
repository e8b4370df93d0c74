using ChatOps.Provisioning.Operations.Doctor;
using System.CommandLine;
using ChatOps.Bot.Doctor;
using ChatOps.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Cli;

internal static class DoctorCommand
{
    public static Command Create()
    {
        var command = new Command("doctor", "Check the configuration and every dependency; print what to fix. Exit code 1 on any failure.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // The full bot composition, never started: the checks use the same clients the bot would. The doctor checks
            // the real configuration, so it never falls back to the sandbox.
            await using var bot = await ServeHost.BuildAsync(
                new Dictionary<string, string?> { ["Sandbox:Enabled"] = "false", ["Logging:LogLevel:Default"] = "Error", ["Logging:Format"] = "simple" },
                cancellationToken);
            var findings = await DoctorRunner.RunAsync(bot.App.Services.GetServices<IDoctorCheck>(), TimeSpan.FromSeconds(15), cancellationToken);
            DoctorRunner.Print(parseResult.InvocationConfiguration.Output, findings);
            return findings.Any(f => f.Status == DoctorStatus.Failed) ? 1 : 0;
        });
        return command;
    }
}
