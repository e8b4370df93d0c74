using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Transitions;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Storage;

public class StoreTests
{
    [Fact]
    public async Task A_change_based_on_a_stale_version_is_not_written()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        // Settled: the approval step has run and waits for a person, so nothing else writes the request now.
        var read = await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingApproval && r.DueAt is null);
        var committer = harness.Get<RequestCommitter>();

        var first = committer.Commit(new ChangeBuilder(read, harness.Time.GetUtcNow()) { Request = read with { Attempt = 1 } }.Build());
        var second = committer.Commit(new ChangeBuilder(read, harness.Time.GetUtcNow()) { Request = read with { Attempt = 2 } }.Build());

        Assert.Equal(CommitResult.Committed, first);
        Assert.Equal(CommitResult.VersionConflict, second);
        Assert.Equal(1, harness.Request(request.Id).Attempt);
        Assert.Equal(read.Version + 1, harness.Request(request.Id).Version);
    }

    [Fact]
    public async Task The_inbox_accepts_a_key_once_until_its_retention_passes()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var inbox = harness.Get<IInbox>();

        Assert.True(inbox.TryAccept("slack:envelope:1", TimeSpan.FromHours(1)));
        Assert.False(inbox.TryAccept("slack:envelope:1", TimeSpan.FromHours(1)));
        ((FakeTimeProvider)harness.Time).Advance(TimeSpan.FromHours(2));
        Assert.True(inbox.TryAccept("slack:envelope:1", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task Concurrent_callers_with_one_key_see_exactly_one_acceptance()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var inbox = harness.Get<IInbox>();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => inbox.TryAccept("click:U1:123.456", TimeSpan.FromHours(1)))));

        Assert.Single(results, accepted => accepted);
    }

    [Fact]
    public async Task Tenancy_names_are_held_by_one_request_only()
    {
        await using var harness = await ProvisioningHarness.StartAsync();

        var first = await harness.SubmitAsync(TestApplications.Valid());
        var second = await harness.SubmitAsync(TestApplications.Valid());

        Assert.Equal("lg131016prd", first.Application!.Environments[0].TenancyName);
        Assert.Equal("lg131016prd2", second.Application!.Environments[0].TenancyName);
        Assert.True(harness.Requests.IsTenancyNameTaken("lg131016stg2"));
    }
}
