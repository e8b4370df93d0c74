using ChatOps.Provisioning.Operations;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Chat.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Chat;

public class OpsAlertTests
{
    [Fact]
    public async Task Alerts_go_to_the_ops_channel_in_the_configured_language_with_a_link_to_the_thread()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        var restarted = await slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.MessagePosted, Channel: Ops }, Deadline.Token());
        bot.Get<OpsAlerts>().Raise(new OpsAlert(OpsAlertKind.Stuck, TimeProvider.System.GetUtcNow(), "止まっています <!here>", "PR stuck <!here> & waiting", request.Id), "test-stuck", TimeSpan.FromHours(1));
        var stuck = await slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.MessagePosted, Channel: Ops } && a.Text!.Contains("stuck", StringComparison.Ordinal), Deadline.Token());

        Assert.Matches(@"^ℹ️ ChatOps restarted; resumed [01] request\(s\) in progress\.$", restarted.Text);
        Assert.StartsWith("⚠️ PR stuck &lt;!here&gt; &amp; waiting · <https://slack.com/app_redirect?channel=C0REQUEST1&amp;message_ts=" + ts + "|open thread>", stuck.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_ops_channel_alerts_go_to_the_requests_channel()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?> { ["Slack:OpsChannelId"] = "", ["Slack:Language"] = "ja" });

        var restarted = await slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.MessagePosted } && a.Text!.Contains("ChatOps", StringComparison.Ordinal), Deadline.Token());

        Assert.Equal((Requests, "ℹ️ ChatOps を起動しました。進行中の 0 件の申請を再開します。"), (restarted.Channel, restarted.Text));
        Assert.DoesNotContain(slack.Activity.History, a => a.Channel == Ops);
    }
}
