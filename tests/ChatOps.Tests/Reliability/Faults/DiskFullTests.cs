using System.Net;
using System.Text.Json;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// The real host with its data file on a 32 MB tmpfs (room for LiteDB's log, which grows to 8 MB before a checkpoint) that runs full: writes fail with a clear error, readiness says
/// the store is the problem, the process stays up, and once space is back nothing committed before is lost, the
/// trail verifies and provisioning carries on.
/// </summary>
public class DiskFullTests
{
    [Fact]
    public async Task A_full_data_volume_fails_writes_clearly_and_after_space_returns_nothing_is_lost_and_work_resumes()
    {
        var (volume, reason) = await TinyVolume.MountAsync("32m");
        if (volume is null)
        {
            Assert.Skip($"A tmpfs data volume is needed for this test: {reason}");
        }

        await using var mounted = volume;
        var path = volume.File("chatops.db");
        var settings = SandboxFlow.FastSettings();
        settings["Storage:Path"] = path;
        settings["Sandbox:SeededApplications"] = "0";
        List<AuditEntry> committed;
        long filled;
        ProvisioningRequest first;
        ProvisioningRequest second;
        var host = await BotHost.StartAsync(settings);
        try
        {
            first = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());
            await SandboxFlow.WaitAsync(host, () => host.Get<RequestStore>().Get(first.Id)!, r => r.State == RequestState.AwaitingApproval);
            committed = Entries(host.Get<AuditTrail>());
            filled = volume.Fill();
            Assert.True(filled > 0);
            Assert.True(volume.IsFull());

            // Every write is refused with an error that names the data file, promptly, however often it is tried.
            var intake = host.Get<ApplicationIntake>();
            for (var i = 0; i < 10; i++)
            {
                var application = TestApplications.Valid(lgCode: "011002", name: "札幌市");
                var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => intake.ReceiveAsync(
                    application["applicationId"]!.GetValue<string>(), TestApplications.Json(application), Actor.Gcas, CancellationToken.None));
                Assert.Contains(path, refused.Message, StringComparison.Ordinal);
            }

            var store = await ReadinessAsync(host);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, store.Status);
            Assert.False(store.Ready, store.Detail);
            Assert.Contains("could not be written", store.Detail, StringComparison.Ordinal);
            Assert.False(host.Get<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, "a full disk must not stop the host");
            Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(new Uri("healthz", UriKind.Relative))).StatusCode);
            volume.Free();
            await WaitForAsync(async () => (await ReadinessAsync(host)).Ready);

            // The same process writes again: a new application arrives and both are provisioned to the end.
            second = await SandboxFlow.SubmitAsync(host, TestApplications.Valid(lgCode: "011002", name: "札幌市"));
            await SandboxFlow.CompleteAsync(host, first);
            await SandboxFlow.CompleteAsync(host, second);
        }
        finally
        {
            await host.DisposeAsync();
        }

        // Reopened from the file alone: everything committed before the disk filled is there, unchanged.
        using var reopened = new LiteStore(Options.Create(new StoreOptions { Path = path, ReadOnly = true }), TimeProvider.System);
        var trail = new AuditTrail(reopened);
        var verification = trail.Verify();
        Assert.True(verification.IsIntact, verification.FirstBreak?.Detail);
        var after = Entries(trail);
        Assert.Equal(committed, after.Take(committed.Count));
        Assert.True(after.Count > committed.Count);
        var requests = new RequestStore(reopened);
        Assert.Equal(RequestState.Completed, requests.Get(first.Id)!.State);
        Assert.Equal(RequestState.Completed, requests.Get(second.Id)!.State);
        Assert.Equal(2, requests.Count());
        TestContext.Current.TestOutputHelper?.WriteLine($"filled {filled} bytes; 10 intake writes refused; {committed.Count} entries before, {after.Count} after, intact");
    }

    private static List<AuditEntry> Entries(AuditTrail trail)
    {
        var entries = new List<AuditEntry>();
        trail.ForEach(entries.Add);
        return entries;
    }

    private static async Task<(HttpStatusCode Status, bool Ready, string Detail)> ReadinessAsync(BotHost host)
    {
        using var response = await host.Http.GetAsync(new Uri("readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var store = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "store");
        return (response.StatusCode, store.GetProperty("ready").GetBoolean(), store.GetProperty("detail").GetString() ?? string.Empty);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(100, deadline.Token);
        }
    }
}
