using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Bot.Operations;

public class HealthAndMetricsTests
{
    [Fact]
    public async Task Readyz_is_ready_with_a_working_store_and_unready_when_the_store_is_gone()
    {
        await using var host = await BotHost.StartAsync();

        using var ready = await host.Http.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        host.Get<LiteStore>().Dispose();
        using var unready = await host.Http.GetAsync("readyz");
        var body = await unready.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);
        var store = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "store");
        Assert.False(store.GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("healthz")).StatusCode);
    }

    [Fact]
    public async Task Metrics_expose_the_named_series_after_a_run()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:AccessWithoutConfirmation"] = "true",
            ["Simulation:TenancyDuration"] = "00:00:00.05",
            ["Simulation:RegionDuration"] = "00:00:00.05",
        });
        var intake = host.Get<ApplicationIntake>();
        var created = (IntakeResult.Created)await intake.ReceiveAsync(null, TestApplications.Json(TestApplications.Valid()), Actor.Gcas, CancellationToken.None);
        var requests = host.Get<RequestStore>();
        while (requests.Get(created.Request.Id)!.State != RequestState.Completed)
        {
            await Task.Delay(20);
        }

        var metrics = await host.Http.GetStringAsync("metrics");

        Assert.Contains("chatops_requests{otel_scope_name=\"ChatOps\",state=\"Completed\"} 1", metrics, StringComparison.Ordinal);
        foreach (var series in new[] { "chatops_steps_total", "chatops_step_duration_seconds_bucket", "chatops_request_lead_time_seconds_count", "chatops_outbox_oldest_age_seconds" })
        {
            Assert.Contains(series, metrics, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Admin_tools_answer_only_on_the_loopback_admin_listener()
    {
        await using var host = await BotHost.StartAsync();
        using var directory = new TempDirectory();

        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("admin/audit/verify")).StatusCode);
        using var backup = await host.Admin.PostAsJsonAsync("admin/backup", new { to = directory.File("backup.db") });

        Assert.Equal(HttpStatusCode.OK, backup.StatusCode);
        Assert.True(File.Exists(directory.File("backup.db")));
        Assert.True((await backup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("auditIntact").GetBoolean());
    }
}
