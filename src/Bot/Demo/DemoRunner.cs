using ChatOps.Bot.Hosting;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Demo;

/// <summary>
/// Runs N applications headless through the real engine, store and audit trail, on the simulated cloud, with
/// the auto operator acting for the people; returns each application's outcome.
/// </summary>
internal static class DemoRunner
{
    public static async Task<(IReadOnlyList<DemoOutcome> Outcomes, AuditVerification Audit, string StorePath)> RunAsync(
        int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        BotConfiguration.AddSources(builder.Configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authorization:Approvers:0"] = AutoOperator.Approver.Id,
            ["Authorization:Operators:0"] = AutoOperator.Operator.Id,
            ["Workflow:RequireApproval"] = "true",
        });
        // Logs go to standard error, so standard output carries only the report (and stays valid JSON with --json).
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProvisioning(builder.Configuration);
        builder.Services.AddSimulatedCloud(builder.Configuration);
        builder.Services.AddSingleton<AutoOperator>();

        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var intake = host.Services.GetRequiredService<ApplicationIntake>();
            var requests = host.Services.GetRequiredService<RequestStore>();
            var applications = DemoApplications.Create(count, Guid.NewGuid().ToString("N")[..6]);
            var ids = new Dictionary<string, DemoApplication>(StringComparer.Ordinal);
            foreach (var application in applications)
            {
                var result = await intake.ReceiveAsync(application.ApplicationId, application.Payload, Actor.Gcas, cancellationToken);
                var request = result switch
                {
                    IntakeResult.Created created => created.Request,
                    IntakeResult.Duplicate duplicate => duplicate.Existing,
                    _ => throw new InvalidOperationException("unknown intake result"),
                };
                ids[request.Id] = application;
            }

            var operatorForDemo = host.Services.GetRequiredService<AutoOperator>();
            var time = host.Services.GetRequiredService<TimeProvider>();
            var deadline = time.GetUtcNow() + timeout;
            while (await operatorForDemo.ActAsync(ids.Keys, cancellationToken) > 0 && time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken);
            }

            var outcomes = ids.Select(pair => new DemoOutcome(pair.Value, requests.Get(pair.Key)!)).OrderBy(o => o.Request.Number).ToList();
            var audit = host.Services.GetRequiredService<AuditTrail>().Verify();
            return (outcomes, audit, host.Services.GetRequiredService<LiteStore>().Path);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
