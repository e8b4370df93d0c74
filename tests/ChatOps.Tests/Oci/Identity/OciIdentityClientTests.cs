using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Oci.Identity;

public class OciIdentityClientTests
{
    [Fact]
    public async Task Iam_writes_must_go_to_the_home_region_told_apart_by_the_host_header()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("kobecity", OciTestHost.Osaka);
        var compartments = host.Get<OciCompartmentsClient>();
        var details = new CreateCompartmentDetails(childId, "gov-apps", "Applications");

        var wrongRegion = await host.RunAsync(() => compartments.CreateCompartmentAsync(OciTestHost.Tokyo, details, "t1", CancellationToken.None));
        var homeRegion = await host.RunAsync(() => compartments.CreateCompartmentAsync(OciTestHost.Osaka, details, "t2", CancellationToken.None));

        Assert.Equal(403, wrongRegion.Error?.HttpStatus);
        Assert.Equal("NotAllowed", wrongRegion.Error?.Code);
        Assert.True(homeRegion.IsSuccess, homeRegion.Error?.ToString());
        Assert.Equal(childId, homeRegion.Value.CompartmentId);
        Assert.Single(host.Simulator.Resources(SimKind.Compartment, childId));
    }

    [Fact]
    public async Task A_region_subscription_becomes_ready()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("nagoyacity", OciTestHost.Tokyo);
        var tenancies = host.Get<OciTenancyClient>();

        var created = await host.RunAsync(() => tenancies.CreateRegionSubscriptionAsync(OciTestHost.Tokyo, childId, "KIX", "sub-kix", CancellationToken.None));
        var before = await tenancies.ListRegionSubscriptionsAsync(OciTestHost.Tokyo, childId, CancellationToken.None);
        host.Clock.Advance(host.Simulator.Options.RegionSubscriptionTime);
        var after = await tenancies.ListRegionSubscriptionsAsync(OciTestHost.Tokyo, childId, CancellationToken.None);

        Assert.Equal(RegionSubscription.InProgress, created.Value!.Status);
        Assert.Equal("ap-osaka-1", created.Value.RegionName);
        Assert.False(before.Value!.Single(s => s.RegionKey == "KIX").IsReady);
        Assert.True(after.Value!.Single(s => s.RegionKey == "KIX").IsReady);
        Assert.True(after.Value!.Single(s => s.RegionKey == "NRT").IsHomeRegion);
    }

    [Fact]
    public async Task Duplicate_names_are_refused_with_409()
    {
        await using var host = await OciTestHost.StartAsync();
        var groups = host.Get<OciGroupsClient>();
        var policies = host.Get<OciPoliciesClient>();
        var tags = host.Get<OciTagsClient>();
        var tenancy = host.ParentTenancyId;

        var group = await host.RunAsync(() => groups.CreateGroupAsync(OciTestHost.Tokyo, new CreateGroupDetails(tenancy, "iam-admins", "IAM admins"), "g1", CancellationToken.None));
        var groupAgain = await host.RunAsync(() => groups.CreateGroupAsync(OciTestHost.Tokyo, new CreateGroupDetails(tenancy, "iam-admins", "IAM admins"), "g2", CancellationToken.None));
        var policy = new CreatePolicyDetails(tenancy, "iam-admin-policy", ["Allow group iam-admins to manage groups in tenancy"], "IAM admins");
        await host.RunAsync(() => policies.CreatePolicyAsync(OciTestHost.Tokyo, policy, "p1", CancellationToken.None));
        var policyAgain = await host.RunAsync(() => policies.CreatePolicyAsync(OciTestHost.Tokyo, policy, "p2", CancellationToken.None));
        await host.RunAsync(() => tags.CreateTagNamespaceAsync(OciTestHost.Tokyo, new CreateTagNamespaceDetails(tenancy, "GovCloud", "tags"), "n1", CancellationToken.None));
        var namespaceAgain = await host.RunAsync(() => tags.CreateTagNamespaceAsync(OciTestHost.Tokyo, new CreateTagNamespaceDetails(tenancy, "govcloud", "tags"), "n2", CancellationToken.None));

        Assert.True(group.IsSuccess);
        Assert.All([groupAgain.Error, policyAgain.Error, namespaceAgain.Error], e => Assert.True(e!.IsAlreadyExists, e.ToString()));
        Assert.Single(host.Simulator.Resources(SimKind.Policy), p => p.Name == "iam-admin-policy");
    }

    [Fact]
    public async Task Compartments_are_found_by_name_and_listed_across_pages()
    {
        await using var host = await OciTestHost.StartAsync(o => o with { DefaultPageSize = 2 });
        var compartments = host.Get<OciCompartmentsClient>();
        foreach (var name in new[] { "network", "security", "apps" })
        {
            await host.RunAsync(() => compartments.CreateCompartmentAsync(OciTestHost.Tokyo, new CreateCompartmentDetails(host.ParentTenancyId, name, name), null, CancellationToken.None));
        }

        var all = await compartments.ListAllCompartmentsAsync(OciTestHost.Tokyo, host.ParentTenancyId, null, CancellationToken.None);
        var byName = await compartments.ListAllCompartmentsAsync(OciTestHost.Osaka, host.ParentTenancyId, "security", CancellationToken.None);
        var fetched = await compartments.GetCompartmentAsync(OciTestHost.Tokyo, byName.Value!.Single().Id, CancellationToken.None);

        Assert.Equal(["apps", "network", "security"], all.Value!.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("security", fetched.Value!.Name);
        Assert.Equal(OciLifecycle.Active, fetched.Value.LifecycleState);
        Assert.NotNull(fetched.ETag);
        // Two pages for the full list, one for the name lookup.
        Assert.Equal(3, host.Simulator.Counters.Calls("ListCompartments"));
    }

    [Fact]
    public async Task Policy_statements_are_updated_in_place()
    {
        await using var host = await OciTestHost.StartAsync();
        var policies = host.Get<OciPoliciesClient>();
        var created = await host.RunAsync(() => policies.CreatePolicyAsync(
            OciTestHost.Tokyo, new CreatePolicyDetails(host.ParentTenancyId, "auditors", ["Allow group auditors to inspect all-resources in tenancy"], "Auditors"), "p", CancellationToken.None));

        var updated = await host.RunAsync(() => policies.UpdatePolicyAsync(
            OciTestHost.Tokyo, created.Value!.Id, new UpdatePolicyDetails(["Allow group auditors to read all-resources in tenancy"]), created.ETag, CancellationToken.None));
        var stale = await host.RunAsync(() => policies.UpdatePolicyAsync(
            OciTestHost.Tokyo, created.Value!.Id, new UpdatePolicyDetails(["x"]), created.ETag, CancellationToken.None));
        var listed = await policies.ListAllPoliciesAsync(OciTestHost.Tokyo, host.ParentTenancyId, "auditors", CancellationToken.None);

        Assert.Equal(["Allow group auditors to read all-resources in tenancy"], updated.Value!.Statements);
        Assert.Equal(412, stale.Error?.HttpStatus);
        Assert.Equal(updated.Value.Statements, Assert.Single(listed.Value!).Statements);
    }

    [Fact]
    public async Task Dynamic_groups_tags_and_tag_defaults_round_trip()
    {
        await using var host = await OciTestHost.StartAsync();
        var tenancy = host.ParentTenancyId;
        var groups = host.Get<OciGroupsClient>();
        var tags = host.Get<OciTagsClient>();
        var defaults = host.Get<OciTagDefaultsClient>();

        var dynamicGroup = await host.RunAsync(() => groups.CreateDynamicGroupAsync(
            OciTestHost.Tokyo, new CreateDynamicGroupDetails(tenancy, "fn-dg", "ALL {resource.type = 'fnfunc'}", "functions"), "d", CancellationToken.None));
        var ns = await host.RunAsync(() => tags.CreateTagNamespaceAsync(OciTestHost.Tokyo, new CreateTagNamespaceDetails(tenancy, "govcloud", "tags"), "n", CancellationToken.None));
        var tag = await host.RunAsync(() => tags.CreateTagAsync(
            OciTestHost.Tokyo, ns.Value!.Id, new CreateTagDetails("CreatedBy", "creator") { Validator = TagValidator.Enum("a", "b") }, "t", CancellationToken.None));
        var tagDefault = await host.RunAsync(() => defaults.CreateTagDefaultAsync(
            OciTestHost.Tokyo, new CreateTagDefaultDetails(tenancy, tag.Value!.Id, "${iam.principal.name}") { IsRequired = false }, "td", CancellationToken.None));
        var duplicateDefault = await host.RunAsync(() => defaults.CreateTagDefaultAsync(
            OciTestHost.Tokyo, new CreateTagDefaultDetails(tenancy, tag.Value!.Id, "x"), "td2", CancellationToken.None));

        Assert.Equal("ALL {resource.type = 'fnfunc'}", (await groups.GetDynamicGroupAsync(OciTestHost.Tokyo, dynamicGroup.Value!.Id, CancellationToken.None)).Value!.MatchingRule);
        var fetchedTag = (await tags.GetTagAsync(OciTestHost.Tokyo, ns.Value!.Id, "CreatedBy", CancellationToken.None)).Value!;
        Assert.Equal("govcloud", fetchedTag.TagNamespaceName);
        Assert.Equal(["a", "b"], fetchedTag.Validator!.Values!);
        Assert.Single((await tags.ListAllTagsAsync(OciTestHost.Tokyo, ns.Value!.Id, CancellationToken.None)).Value!);
        var listedDefault = Assert.Single((await defaults.ListAllTagDefaultsAsync(OciTestHost.Tokyo, tenancy, null, CancellationToken.None)).Value!);
        Assert.Equal(tagDefault.Value!.Id, listedDefault.Id);
        Assert.Equal("CreatedBy", listedDefault.TagDefinitionName);
        Assert.Equal("${iam.principal.name}", listedDefault.Value);
        Assert.True(duplicateDefault.Error!.IsAlreadyExists);
    }

    [Fact]
    public async Task Regions_are_listed_with_keys_and_names()
    {
        await using var host = await OciTestHost.StartAsync();

        var regions = await host.Get<OciTenancyClient>().ListRegionsAsync(OciTestHost.Tokyo, CancellationToken.None);

        Assert.Contains(new Region("KIX", "ap-osaka-1"), regions.Value!);
        Assert.Contains(new Region("NRT", "ap-tokyo-1"), regions.Value!);
    }

    [Fact]
    public async Task A_missing_resource_is_a_404_error_value()
    {
        await using var host = await OciTestHost.StartAsync();

        var result = await host.Get<OciGroupsClient>().GetGroupAsync(OciTestHost.Tokyo, "ocid1.group.oc1..missing", CancellationToken.None);

        Assert.True(result.Error!.IsNotFound);
        Assert.Equal("NotAuthorizedOrNotFound", result.Error.Code);
        Assert.NotNull(result.Error.OpcRequestId);
    }
}
