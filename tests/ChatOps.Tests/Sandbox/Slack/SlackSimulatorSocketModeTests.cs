using System.Net.WebSockets;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Slack.Support;

namespace ChatOps.Tests.Sandbox.Slack;

public class SlackSimulatorSocketModeTests
{
    [Fact]
    public async Task A_socket_url_is_single_use_and_the_first_frame_is_hello()
    {
        await using var slack = await SlackSimulator.StartAsync();
        using var api = new RawWebApi(slack);
        var url = new Uri((await api.FormAsync("apps.connections.open", new() { ["token"] = slack.Options.AppToken })).Body["url"]!.GetValue<string>());

        using var socket = await RawSocket.ConnectAsync(url, Deadline.Token());
        var hello = await socket.ReceiveAsync(Deadline.Token());
        var reuse = await Assert.ThrowsAsync<WebSocketException>(() => RawSocket.ConnectAsync(url, Deadline.Token()));

        Assert.Equal(("ws", "/link/"), (url.Scheme, url.AbsolutePath));
        Assert.StartsWith("ticket=", url.Query.TrimStart('?'), StringComparison.Ordinal);
        Assert.Equal(("hello", 1, slack.Options.AppId), (hello!["type"]!.GetValue<string>(), hello["num_connections"]!.GetValue<int>(), hello["connection_info"]!["app_id"]!.GetValue<string>()));
        Assert.NotNull(reuse);
    }

    [Fact]
    public async Task A_slash_command_arrives_as_an_envelope_and_the_ack_payload_is_the_answer()
    {
        await using var slack = await SlackSimulator.StartAsync();
        using var socket = await ConnectAsync(slack);

        var typing = slack.As("U0BOB00001").RunCommandAsync("/provision status 4", "C0OPSALRT1", Deadline.Token());
        var envelope = (await socket.ReceiveAsync(Deadline.Token()))!;
        await socket.SendAsync(new JsonObject { ["envelope_id"] = envelope["envelope_id"]!.GetValue<string>(), ["payload"] = new JsonObject { ["text"] = "Status of 4: approved" } }, Deadline.Token());
        var outcome = await typing;

        var payload = envelope["payload"]!;
        Assert.Equal(("slash_commands", true), (envelope["type"]!.GetValue<string>(), envelope["accepts_response_payload"]!.GetValue<bool>()));
        Assert.Equal(("/provision", "status 4", "U0BOB00001", "C0OPSALRT1"), (payload["command"]!.GetValue<string>(), payload["text"]!.GetValue<string>(), payload["user_id"]!.GetValue<string>(), payload["channel_id"]!.GetValue<string>()));
        Assert.Equal(outcome.TriggerId, payload["trigger_id"]!.GetValue<string>());
        Assert.Equal(("Status of 4: approved", "ack"), (outcome.Reply!.Text, outcome.Reply.Via));
        Assert.Single(slack.Workspace.Ephemerals("U0BOB00001"));
    }

    [Fact]
    public async Task An_unacknowledged_event_is_delivered_again_with_retry_metadata()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { AckTimeout = TimeSpan.FromMilliseconds(300) });
        using var socket = await ConnectAsync(slack);

        var opening = slack.As("U0ALICE001").OpenAppHomeAsync(Deadline.Token());
        var first = (await socket.ReceiveAsync(Deadline.Token()))!;
        var second = (await socket.ReceiveAsync(Deadline.Token()))!;
        await socket.SendAsync(new JsonObject { ["envelope_id"] = second["envelope_id"]!.GetValue<string>() }, Deadline.Token());
        var delivered = await opening;

        Assert.Equal((0, ""), (first["retry_attempt"]!.GetValue<int>(), first["retry_reason"]!.GetValue<string>()));
        Assert.Equal((1, "timeout"), (second["retry_attempt"]!.GetValue<int>(), second["retry_reason"]!.GetValue<string>()));
        Assert.NotEqual(first["envelope_id"]!.GetValue<string>(), second["envelope_id"]!.GetValue<string>());
        Assert.Equal(first["payload"]!["event_id"]!.GetValue<string>(), second["payload"]!["event_id"]!.GetValue<string>());
        Assert.Equal(("app_home_opened", "U0ALICE001"), (first["payload"]!["event"]!["type"]!.GetValue<string>(), first["payload"]!["event"]!["user"]!.GetValue<string>()));
        Assert.Equal((true, 2), (delivered.Delivery.Acknowledged, delivered.Delivery.Attempts));
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("link_disabled")]
    public async Task Disconnect_is_sent_and_the_server_closes_the_socket(string reason)
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { DisconnectGrace = TimeSpan.FromMilliseconds(100) });
        using var socket = await ConnectAsync(slack);

        await slack.SocketMode.SendDisconnectAsync(reason, cancellationToken: Deadline.Token());
        var notice = await socket.ReceiveAsync(Deadline.Token());
        var closed = await socket.ReceiveAsync(Deadline.Token());

        Assert.Equal(("disconnect", reason), (notice!["type"]!.GetValue<string>(), notice["reason"]!.GetValue<string>()));
        Assert.Null(closed);
    }

    private static async Task<RawSocket> ConnectAsync(SlackSimulator slack)
    {
        using var api = new RawWebApi(slack);
        var url = new Uri((await api.FormAsync("apps.connections.open", new() { ["token"] = slack.Options.AppToken })).Body["url"]!.GetValue<string>());
        var socket = await RawSocket.ConnectAsync(url, Deadline.Token());
        Assert.Equal("hello", (await socket.ReceiveAsync(Deadline.Token()))!["type"]!.GetValue<string>());
        return socket;
    }
}
