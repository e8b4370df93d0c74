using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// Slack's Web API is down (503) and then rate-limits (429 with Retry-After): provisioning does not wait for
/// Slack, and every thread message queued meanwhile is posted once Slack answers again.
/// </summary>
public class SlackFaultTests
{
    [Fact]
    public async Task Provisioning_proceeds_through_a_Slack_outage_and_a_429_burst_and_the_thread_catches_up_afterwards()
    {
        await using var host = await BotHost.StartAsync(FaultFlow.Settings());
        var world = host.Sandbox.World;
        var request = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());
        await FaultFlow.StateAsync(host, request.Id, RequestState.AwaitingApproval);
        var outbox = host.Get<OutboxStore>();
        await SandboxFlow.WaitAsync(host, () => outbox.Stats(TimeProvider.System.GetUtcNow()), s => s.Pending == 0);
        var repliesBefore = FaultFlow.ThreadTexts(host, request.Id).Count;

        world.Slack.Faults.Outage = true;
        await FaultFlow.ApproveAsync(host, request);
        await FaultFlow.StateAsync(host, request.Id, RequestState.AwaitingCredentials);
        Assert.Equal(repliesBefore, FaultFlow.ThreadTexts(host, request.Id).Count);
        Assert.True(outbox.Stats(TimeProvider.System.GetUtcNow()).PendingByKind.GetValueOrDefault(OutboxKinds.RequestEvent) >= 3);

        world.Slack.Faults.RateLimitNext(5, TimeSpan.FromSeconds(1));
        world.Slack.Faults.Outage = false;
        var pending = outbox.Stats(TimeProvider.System.GetUtcNow()).PendingByKind.GetValueOrDefault(OutboxKinds.RequestEvent);
        var completed = await FaultFlow.FinishAsync(host, request.Id);
        await FaultFlow.AssertNothingLostAsync(host, completed);
        Assert.True(host.Get<SlackStats>().RateLimitedByMethod().Sum(m => m.Count) >= 5, "the bot never met the 429 burst");

        var thread = await FaultFlow.ThreadTextAsync(host, request.Id, "done: the environment is handed over");
        Assert.Contains(thread, t => t.Contains("Approved by", StringComparison.Ordinal));
        Assert.Equal(thread.Count, thread.Distinct().Count());
        TestContext.Current.TestOutputHelper?.WriteLine($"{pending} thread messages queued during the outage; thread has {thread.Count} replies, none twice");
    }
}
