using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatOps.Provisioning.Storage;
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
    public async Task Readyz_turns_unready_while_slack_is_unreachable_and_ready_again_after_reconnecting()
    {
        await using var host = await BotHost.StartAsync();
        var slack = host.Sandbox.World.Slack;
        await WaitForReadinessAsync(host, HttpStatusCode.OK);

        // The Web API down too, so the bot's reconnect (apps.connections.open) cannot succeed until it is back.
        slack.Faults.Outage = true;
        foreach (var connection in slack.SocketMode.OpenConnections)
        {
            slack.SocketMode.Drop(connection);
        }

        var unready = await WaitForReadinessAsync(host, HttpStatusCode.ServiceUnavailable);
        var check = unready.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "slack");
        Assert.False(check.GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("healthz")).StatusCode);

        slack.Faults.Outage = false;
        await WaitForReadinessAsync(host, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Metrics_expose_the_named_series_after_a_run()
    {
        await using var host = await BotHost.StartAsync(SandboxFlow.FastSettings());
        var request = await SandboxFlow.SubmitAsync(host, TestApplications.Valid(osaka: true));
        await SandboxFlow.CompleteAsync(host, request);

        var metrics = await host.Http.GetStringAsync("metrics");

        Assert.Matches("chatops_requests\\{[^}]*state=\"Completed\"[^}]*\\} [1-9]", metrics);
        foreach (var series in new[]
        {
            "chatops_steps_total{", "chatops_step_duration_seconds_bucket{", "chatops_request_lead_time_seconds_count",
            "chatops_outbox_oldest_age_seconds", "chatops_outbox_pending", "chatops_oci_calls_total{", "service=\"Organizations\"",
            "chatops_slack_socket_connections", "http_client_request_duration_seconds",
        })
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

    private static async Task<JsonElement> WaitForReadinessAsync(BotHost host, HttpStatusCode wanted)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await host.Http.GetAsync("readyz", limit.Token);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(limit.Token);
            if (response.StatusCode == wanted)
            {
                return body;
            }

            await Task.Delay(50, limit.Token);
        }
    }
}
