using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Common;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Outbox;

/// <summary>
/// A slow receiver must not hold back another kind: Slack posts wait for the per-channel pace, GCAS reports must
/// not wait for them (found by the crash-anywhere run, where GCAS events trailed the Slack backlog by minutes).
/// </summary>
public class OutboxFairnessTests
{
    [Fact]
    public async Task Deliveries_stuck_on_a_slow_receiver_leave_the_other_kinds_free_to_go()
    {
        using var directory = new TempDirectory();
        using var store = new LiteStore(Options.Create(new StoreOptions { Path = directory.File("chatops.db") }), TimeProvider.System);
        var outbox = new OutboxStore(store);
        store.Write(context =>
        {
            for (var i = 0; i < 5; i++)
            {
                OutboxStore.Enqueue(context, new OutboxItem("slow", $"slow:{i}", $"slow:{i}", "{}"));
            }

            return OutboxStore.Enqueue(context, new OutboxItem("fast", "fast:1", "fast:1", "{}"));
        });
        var slow = new HeldHandler("slow");
        var fast = new HeldHandler("fast");
        var dispatcher = new OutboxDispatcher(
            outbox, [slow, fast], [], new WorkSignals(), new AuditTrail(store),
            Options.Create(new OutboxOptions { MaxConcurrency = 2 }), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);

        await dispatcher.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await slow.Started(2).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            fast.Release();
            await fast.Started(1).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

            Assert.Equal(2, slow.Count);
            await WaitUntilAsync(() => outbox.Get(6)?.Status == OutboxStatus.Delivered);
        }
        finally
        {
            slow.Release();
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!done())
        {
            await Task.Delay(20, limit.Token);
        }
    }
}
