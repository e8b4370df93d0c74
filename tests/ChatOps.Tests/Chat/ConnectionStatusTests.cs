using ChatOps.Bot.Chat.Connection;
using ChatOps.Bot.Operations;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Provisioning.Operations;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Chat.Support;
using Microsoft.Extensions.DependencyInjection;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Chat;

public class ConnectionStatusTests
{
    [Fact]
    public async Task Socket_Mode_status_tells_when_the_connection_was_lost_and_readiness_follows_it()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var status = bot.Get<IChatConnectionStatus>();
        var readiness = bot.Services.GetServices<IReadinessCheck>().Single(c => c is SlackReadiness);
        var state = bot.Get<SocketModeState>();
        await state.WaitUntilAsync(s => s.Connected == 2, Deadline.Token());
        Assert.Equal((true, null), (status.Connected, status.DisconnectedSince));
        Assert.True(readiness.Check().Ready);

        slack.Faults.Outage = true;
        var before = TimeProvider.System.GetUtcNow();
        foreach (var link in slack.SocketMode.OpenConnections)
        {
            slack.SocketMode.Drop(link);
        }

        await state.WaitUntilAsync(s => s.Connected == 0, Deadline.Token());
        await WaitAsync(() => status.DisconnectedSince is not null);
        Assert.False(status.Connected);
        Assert.InRange(status.DisconnectedSince!.Value, before.AddSeconds(-1), TimeProvider.System.GetUtcNow().AddSeconds(1));
        Assert.Equal(("slack", false), (readiness.Check().Name, readiness.Check().Ready));
        Assert.StartsWith("disconnected for", readiness.Check().Detail, StringComparison.Ordinal);

        slack.Faults.Outage = false;
        await state.WaitUntilAsync(s => s.Connected > 0, Deadline.Token());
        Assert.Equal((true, null), (status.Connected, status.DisconnectedSince));
    }

    [Fact]
    public async Task In_Http_mode_Slack_calls_the_bot_so_it_counts_as_connected()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync(http: true);
        await using var bot = await ChatOpsHost.StartAsync(slack, SlackMode.Http);

        var status = bot.Get<IChatConnectionStatus>();

        Assert.Equal((true, null), (status.Connected, status.DisconnectedSince));
        Assert.Same(bot.Get<SlackConnectionStatus>(), status);
    }

    // The status is written by its own watcher a moment after the socket state changes.
    private static async Task WaitAsync(Func<bool> condition)
    {
        var token = Deadline.Token();
        while (!condition())
        {
            await Task.Delay(10, token);
        }
    }
}
