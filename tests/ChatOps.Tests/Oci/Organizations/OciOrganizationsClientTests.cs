using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Oci.Organizations;

public class OciOrganizationsClientTests
{
    private static readonly TimeSpan CreationTime = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Creating_a_child_tenancy_ends_with_its_ocid_from_a_related_resource()
    {
        await using var host = await OciTestHost.StartAsync();
        var organizations = host.Get<OciOrganizationsClient>();
        var token = OciRetryToken.Derive("GCAS-0001", "CreatingTenancy", "prod");

        var accepted = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "kobecity"), token, CancellationToken.None));
        Assert.True(accepted.IsSuccess, accepted.Error?.ToString());
        var workRequestId = accepted.Value.WorkRequestId!;

        var start = await organizations.GetWorkRequestAsync(workRequestId, CancellationToken.None);
        host.Clock.Advance(CreationTime / 2);
        var halfway = await organizations.GetWorkRequestAsync(workRequestId, CancellationToken.None);
        host.Clock.Advance(CreationTime / 2);
        var done = await organizations.GetWorkRequestAsync(workRequestId, CancellationToken.None);

        Assert.Equal(WorkRequest.Accepted, start.Value!.Status);
        Assert.Null(start.Value.ChildTenancyId);
        Assert.Equal(WorkRequest.InProgress, halfway.Value!.Status);
        Assert.Equal(50, halfway.Value.PercentComplete);
        Assert.False(halfway.Value.IsDone);
        Assert.Equal(WorkRequest.Succeeded, done.Value!.Status);
        Assert.True(done.Value.IsDone);
        Assert.NotNull(done.Value.TimeFinished);
        var resource = Assert.Single(done.Value.Resources);
        Assert.Equal("RELATED", resource.ActionType);
        var childId = done.Value.ChildTenancyId!;
        Assert.StartsWith("ocid1.tenancy.oc1.", childId, StringComparison.Ordinal);
        Assert.Equal("CREATE_CHILD_TENANCY", done.Value.OperationType);

        var organization = Assert.Single((await organizations.ListAllOrganizationsAsync(host.ParentTenancyId, CancellationToken.None)).Value!);
        var member = await organizations.GetOrganizationTenancyAsync(organization.Id, childId, CancellationToken.None);
        Assert.Equal("ACTIVE", member.Value!.LifecycleState);
        Assert.Equal("CHILD", member.Value.Role);
        Assert.Equal("kobecity", member.Value.Name);
        var tenancy = await host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Osaka, childId, CancellationToken.None);
        Assert.Equal("KIX", tenancy.Value!.HomeRegionKey);
    }

    [Fact]
    public async Task A_work_request_stuck_in_progress_at_100_counts_as_done()
    {
        await using var host = await OciTestHost.StartAsync(o => o with { ChildTenancyStaysInProgressAt100 = true });
        var organizations = host.Get<OciOrganizationsClient>();

        var accepted = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "nagoyacity"), "t1", CancellationToken.None));
        host.Clock.Advance(CreationTime);
        var done = (await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None)).Value!;

        Assert.Equal(WorkRequest.InProgress, done.Status);
        Assert.Equal(100, done.PercentComplete);
        Assert.Null(done.TimeFinished);
        Assert.True(done.IsDone);
        Assert.NotNull(done.ChildTenancyId);
    }

    [Fact]
    public async Task The_same_retry_token_twice_makes_one_tenancy()
    {
        await using var host = await OciTestHost.StartAsync();
        var organizations = host.Get<OciOrganizationsClient>();
        var token = OciRetryToken.Derive("GCAS-0002", "CreatingTenancy", "prod");

        var first = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "sapporocity"), token, CancellationToken.None));
        var second = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "sapporocity"), token, CancellationToken.None));

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Equal(first.Value!.WorkRequestId, second.Value!.WorkRequestId);
        Assert.Single(host.Simulator.Tenancies(), t => t.Name == "sapporocity");
    }

    [Fact]
    public async Task A_lost_answer_is_retried_with_the_same_token_and_makes_one_tenancy()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.FailAfterCommit(1, "CreateChildTenancy");
        var organizations = host.Get<OciOrganizationsClient>();

        var accepted = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "sendaicity"), "lost-answer-token", CancellationToken.None));

        Assert.True(accepted.IsSuccess, accepted.Error?.ToString());
        Assert.Equal(2, host.Simulator.Counters.Calls("CreateChildTenancy"));
        Assert.Single(host.Simulator.Tenancies(), t => t.Name == "sendaicity");
    }

    [Fact]
    public async Task A_second_tenancy_with_the_same_name_is_refused_with_409()
    {
        await using var host = await OciTestHost.StartAsync();
        var organizations = host.Get<OciOrganizationsClient>();
        await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "narashi"), "token-a", CancellationToken.None));

        var again = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "narashi"), "token-b", CancellationToken.None));

        Assert.Equal(409, again.Error?.HttpStatus);
        Assert.True(again.Error!.IsAlreadyExists);
        Assert.False(again.Error.IsTransient);
    }

    [Fact]
    public async Task Limit_exceeded_is_a_permanent_error_and_not_retried()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Fail(1, 400, "LimitExceeded", "The child tenancy limit has been reached.", "CreateChildTenancy");

        var result = await host.RunAsync(() => host.Get<OciOrganizationsClient>().CreateChildTenancyAsync(Details(host, "kyotocity"), "token-c", CancellationToken.None));

        Assert.Equal("LimitExceeded", result.Error?.Code);
        Assert.Equal("Organizations", result.Error?.Service);
        Assert.Equal("CreateChildTenancy", result.Error?.Operation);
        Assert.False(result.Error!.IsTransient);
        Assert.Equal(1, host.Simulator.Counters.Calls("CreateChildTenancy"));
    }

    [Fact]
    public async Task A_failed_work_request_reports_its_errors()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.FailWorkRequests(1, "InternalError", "Tenancy provisioning failed.");
        var organizations = host.Get<OciOrganizationsClient>();

        var accepted = await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, "osakacity"), "token-d", CancellationToken.None));
        host.Clock.Advance(CreationTime);
        var workRequest = (await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None)).Value!;
        var errors = await organizations.ListAllWorkRequestErrorsAsync(workRequest.Id, CancellationToken.None);

        Assert.True(workRequest.IsFailed);
        Assert.False(workRequest.IsDone);
        Assert.Equal("Tenancy provisioning failed.", Assert.Single(errors.Value!).Message);
    }

    [Fact]
    public async Task Listing_organization_tenancies_follows_every_page()
    {
        await using var host = await OciTestHost.StartAsync(o => o with { DefaultPageSize = 2 });
        var organizations = host.Get<OciOrganizationsClient>();
        foreach (var name in new[] { "akita", "aomori", "iwate" })
        {
            await host.RunAsync(() => organizations.CreateChildTenancyAsync(Details(host, name), "token-" + name, CancellationToken.None));
        }

        var firstPage = await organizations.ListOrganizationTenanciesAsync(host.Simulator.OrganizationId, null, CancellationToken.None);
        var all = await organizations.ListAllOrganizationTenanciesAsync(host.Simulator.OrganizationId, CancellationToken.None);

        Assert.Equal(2, firstPage.Value!.Items.Count);
        Assert.NotNull(firstPage.Value.NextPage);
        Assert.Equal(["akita", "aomori", "digitalagency", "iwate"], all.Value!.Select(t => t.Name!).Order(StringComparer.Ordinal));
    }

    private static CreateChildTenancyDetails Details(OciTestHost host, string name) =>
        new(host.ParentTenancyId, name, OciTestHost.Osaka, $"admin@{name}.example.jp") { GovernanceStatus = "OPTED_IN" };
}
