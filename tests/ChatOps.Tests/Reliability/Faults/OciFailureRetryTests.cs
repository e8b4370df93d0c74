using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// A 5xx storm that outlasts the client's retries and the step's own (2 attempts): the request fails visibly —
/// state Failed with the step and OCI's error, a line in its Slack thread, a Retry button on its card — and the
/// operator's Retry click, once OCI is healthy again, carries it to Completed with nothing lost or duplicated.
/// </summary>
public class OciFailureRetryTests
{
    [Fact]
    public async Task A_server_error_storm_beyond_every_retry_fails_the_step_visibly_and_Retry_completes_it()
    {
        var settings = FaultFlow.Settings();
        settings["Workflow:Steps:CreatingTenancy:MaxAttempts"] = "2";
        await using var host = await BotHost.StartAsync(settings);
        var world = host.Sandbox.World;
        var request = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());

        world.Oci.Faults.Fail(1000, 500, "InternalServerError", "Internal error.", "CreateChildTenancy");
        await FaultFlow.ApproveAsync(host, request);
        var failed = await FaultFlow.StateAsync(host, request.Id, RequestState.Failed);

        Assert.Equal(RequestState.CreatingTenancy, failed.FailedStep);
        Assert.Equal("InternalServerError", failed.LastError!.Code);
        Assert.Equal(500, failed.LastError.HttpStatus);
        Assert.Equal(6, world.Oci.Counters.Calls("CreateChildTenancy"));
        var thread = await FaultFlow.ThreadTextAsync(host, request.Id, "Use Retry to resume.");
        Assert.Contains(thread, t => t.Contains("Use Retry to resume.", StringComparison.Ordinal) && t.Contains("InternalServerError", StringComparison.Ordinal));
        var card = host.Get<ThreadMap>().Get(request.Id)!;
        await SandboxFlow.WaitAsync(host, () => world.Slack.Workspace.Message(card.Channel, card.Ts)!.BlocksJson ?? string.Empty,
            blocks => blocks.Contains(RetryButton.ActionId, StringComparison.Ordinal));
        Assert.DoesNotContain(world.Oci.Tenancies(), t => !t.IsParent);

        world.Oci.Faults.Clear();
        await world.Slack.As(world.Cast.Operator.Id).ClickAsync(card.Channel, card.Ts, RetryButton.ActionId);
        var completed = await FaultFlow.FinishAsync(host, request.Id);

        Assert.Equal(2, world.Oci.Tenancies().Count(t => !t.IsParent));
        Assert.Contains(completed.History, visit => visit.State == RequestState.Failed);
        var (events, mails) = await FaultFlow.AssertNothingLostAsync(host, completed);
        TestContext.Current.TestOutputHelper?.WriteLine($"failed after {world.Oci.Counters.Calls("CreateChildTenancy")} CreateChildTenancy calls in total; {events} GCAS events, {mails} mail");
    }
}
