using System.Security.Cryptography;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Signing;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Sandbox.Oci;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Sandbox.Oci;

/// <summary>
/// The simulator's cross-tenancy authorization: the parent's principals see nothing inside a child until the
/// child admits the parent and the parent endorses the child, and then they do; region subscriptions and the
/// organization's own operations stay the parent's to use.
/// </summary>
public class OciSimulatorCrossTenancyTests
{
    private static readonly string[] AdmitParent = ["Define tenancy parent as {0}", "Admit any-user of tenancy parent to manage all-resources in tenancy"];

    [Fact]
    public async Task Without_policies_a_child_answers_the_parent_with_404_not_authorized_or_not_found()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("kobecity", OciTestHost.Tokyo, grantParentAccess: false);

        var listed = await ListCompartmentsAsync(host, childId);
        var created = await host.RunAsync(() => host.Get<OciCompartmentsClient>().CreateCompartmentAsync(
            OciTestHost.Tokyo, new CreateCompartmentDetails(childId, "apps", "apps"), "c1", CancellationToken.None));

        Assert.Equal(404, listed.Error?.HttpStatus);
        Assert.Equal("NotAuthorizedOrNotFound", listed.Error?.Code);
        Assert.NotNull(listed.Error?.OpcRequestId);
        Assert.Equal("NotAuthorizedOrNotFound", created.Error?.Code);
        Assert.Empty(host.Simulator.Resources(SimKind.Compartment, childId));
        Assert.False(host.Simulator.CanAccess(host.ParentTenancyId, childId));
    }

    [Fact]
    public async Task Access_needs_both_the_admit_in_the_child_and_the_endorse_in_the_parent()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("nagoyacity", OciTestHost.Tokyo, grantParentAccess: false);

        host.Simulator.ApplyPolicyAsAdministrator(childId, "admit", Format(AdmitParent, host.ParentTenancyId));
        var admittedOnly = await ListCompartmentsAsync(host, childId);
        host.Simulator.ApplyParentPolicyAsAdministrator("endorse", ["Define tenancy nagoya as " + childId, "Endorse any-user to manage all-resources in tenancy nagoya"]);
        var both = await ListCompartmentsAsync(host, childId);

        Assert.Equal(404, admittedOnly.Error?.HttpStatus);
        Assert.True(both.IsSuccess, both.Error?.ToString());
        Assert.True(host.Simulator.CanAccess(host.ParentTenancyId, childId));
    }

    [Fact]
    public async Task An_admit_for_another_tenancy_or_an_endorse_for_another_child_does_not_let_the_parent_in()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("sendaicity", OciTestHost.Tokyo, grantParentAccess: false);
        var otherId = await host.CreateChildTenancyAsync("sapporocity", OciTestHost.Tokyo, grantParentAccess: false);

        host.Simulator.ApplyPolicyAsAdministrator(childId, "admit", Format(AdmitParent, otherId));
        host.Simulator.ApplyParentPolicyAsAdministrator("endorse", ["Define tenancy sendai as " + childId, "Endorse any-user to manage all-resources in tenancy sendai"]);
        var wrongAdmit = await ListCompartmentsAsync(host, childId);
        host.Simulator.ApplyPolicyAsAdministrator(otherId, "admit", Format(AdmitParent, host.ParentTenancyId));
        var wrongEndorse = await ListCompartmentsAsync(host, otherId);

        Assert.Equal(404, wrongAdmit.Error?.HttpStatus);
        Assert.Equal(404, wrongEndorse.Error?.HttpStatus);
    }

    [Fact]
    public async Task The_parent_subscribes_its_child_to_regions_and_reads_its_record_without_cross_tenancy_policies()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("kyotocity", OciTestHost.Tokyo, grantParentAccess: false);
        var tenancies = host.Get<OciTenancyClient>();

        var tenancy = await tenancies.GetTenancyAsync(OciTestHost.Tokyo, childId, CancellationToken.None);
        var subscribed = await host.RunAsync(() => tenancies.CreateRegionSubscriptionAsync(OciTestHost.Tokyo, childId, "KIX", "kix", CancellationToken.None));
        var listed = await tenancies.ListRegionSubscriptionsAsync(OciTestHost.Tokyo, childId, CancellationToken.None);

        Assert.Equal("NRT", tenancy.Value?.HomeRegionKey);
        Assert.True(subscribed.IsSuccess, subscribed.Error?.ToString());
        Assert.Contains(listed.Value!, s => s.RegionKey == "KIX");
    }

    [Fact]
    public async Task With_the_organization_admin_policy_option_the_parent_is_let_in_by_the_child_created_with_a_policy_name()
    {
        await using var host = await OciTestHost.StartAsync(o => o with { ChildAdminPolicyGrantsParent = true });
        var withPolicy = await host.CreateChildTenancyAsync("narashi", OciTestHost.Tokyo, grantParentAccess: false, policyName: "org_admin_policy");
        var withoutPolicy = await host.CreateChildTenancyAsync("nagasakishi", OciTestHost.Tokyo, grantParentAccess: false);

        var granted = await ListCompartmentsAsync(host, withPolicy);
        var refused = await ListCompartmentsAsync(host, withoutPolicy);

        Assert.True(granted.IsSuccess, granted.Error?.ToString());
        Assert.Equal(404, refused.Error?.HttpStatus);
        var adminPolicy = Assert.Single(host.Simulator.Resources(SimKind.Policy, withPolicy));
        Assert.Equal("org_admin_policy", adminPolicy.Name);
        Assert.Contains(adminPolicy.Statements!, s => s.StartsWith("Admit ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_childs_own_administrator_acts_in_the_child_but_sees_nothing_of_the_parent_or_the_organization()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("otarushi", OciTestHost.Tokyo, grantParentAccess: false);
        using var childKey = RSA.Create(2048);
        var childAdmin = $"{childId}/ocid1.user.oc1..childadmin/aa:bb";
        host.Simulator.RegisterApiKey(childAdmin, childKey);
        using var http = new HttpClient(new OciRequestSigner(new StaticAuthProvider(new OciSigningCredentials(childAdmin, childKey)), host.Clock)
        {
            InnerHandler = new SocketsHttpHandler(),
        });

        using var own = await http.GetAsync(new Uri(host.Simulator.BaseUri, $"/20160918/compartments?compartmentId={Uri.EscapeDataString(childId)}"), TestContext.Current.CancellationToken);
        using var parent = await http.GetAsync(new Uri(host.Simulator.BaseUri, $"/20160918/compartments?compartmentId={Uri.EscapeDataString(host.ParentTenancyId)}"), TestContext.Current.CancellationToken);
        using var organization = await http.GetAsync(new Uri(host.Simulator.BaseUri, $"/20230401/organizations/{host.Simulator.OrganizationId}"), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, parent.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, organization.StatusCode);
        Assert.Contains("NotAuthorizedOrNotFound", await parent.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_administrator_can_admit_the_parent_through_the_api_as_well()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("hakodateshi", OciTestHost.Tokyo, grantParentAccess: false);
        using var childKey = RSA.Create(2048);
        var childAdmin = $"{childId}/ocid1.user.oc1..childadmin/aa:bb";
        host.Simulator.RegisterApiKey(childAdmin, childKey);
        host.Simulator.ApplyParentPolicyAsAdministrator("endorse_any", ["Endorse any-user to manage all-resources in any-tenancy"]);
        using var http = new HttpClient(new OciRequestSigner(new StaticAuthProvider(new OciSigningCredentials(childAdmin, childKey)), host.Clock)
        {
            InnerHandler = new SocketsHttpHandler(),
        });
        var body = $$"""{"compartmentId":"{{childId}}","name":"admit_parent","description":"d","statements":["Define tenancy p as {{host.ParentTenancyId}}","Admit any-user of tenancy p to manage all-resources in tenancy"]}""";

        var before = await ListCompartmentsAsync(host, childId);
        using var response = await http.PostAsync(
            new Uri(host.Simulator.BaseUri, "/20160918/policies"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var after = await ListCompartmentsAsync(host, childId);

        Assert.Equal(404, before.Error?.HttpStatus);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(after.IsSuccess, after.Error?.ToString());
    }

    [Fact]
    public async Task The_administrator_control_refuses_malformed_statements_and_tenancies_not_active_yet()
    {
        await using var host = await OciTestHost.StartAsync();
        var organizations = host.Get<OciOrganizationsClient>();
        await host.RunAsync(() => organizations.CreateChildTenancyAsync(
            new CreateChildTenancyDetails(host.ParentTenancyId, "beppushi", OciTestHost.Tokyo, "admin@beppu.example.jp"), "t", CancellationToken.None));
        var creating = host.Simulator.Tenancies().Single(t => t.Name == "beppushi");

        Assert.Equal("CREATING", creating.LifecycleState);
        Assert.Throws<ArgumentException>(() => host.Simulator.ApplyParentPolicyAsAdministrator("bad", ["Permit everyone to do everything"]));
        Assert.Throws<ArgumentException>(() => host.Simulator.ApplyParentPolicyAsAdministrator("empty", []));
        Assert.Throws<InvalidOperationException>(() => host.Simulator.ApplyPolicyAsAdministrator(creating.Id, "p", ["Allow group a to read all-resources in tenancy"]));
    }

    [Fact]
    public async Task A_policy_applied_again_under_the_same_name_replaces_its_statements()
    {
        await using var host = await OciTestHost.StartAsync();

        var first = host.Simulator.ApplyParentPolicyAsAdministrator("ops", ["Allow group ops to read all-resources in tenancy"]);
        var second = host.Simulator.ApplyParentPolicyAsAdministrator("ops", ["Allow group ops to manage all-resources in tenancy"]);

        Assert.Equal(first, second);
        var policy = Assert.Single(host.Simulator.Resources(SimKind.Policy, host.ParentTenancyId), p => p.Name == "ops");
        Assert.Equal(["Allow group ops to manage all-resources in tenancy"], policy.Statements);
    }

    [Fact]
    public async Task A_running_work_request_tells_when_to_look_again_when_configured()
    {
        await using var host = await OciTestHost.StartAsync(o => o with { WorkRequestRetryAfter = TimeSpan.FromSeconds(45) });
        var organizations = host.Get<OciOrganizationsClient>();
        var accepted = await host.RunAsync(() => organizations.CreateChildTenancyAsync(
            new CreateChildTenancyDetails(host.ParentTenancyId, "oitashi", OciTestHost.Tokyo, "admin@oita.example.jp"), "t", CancellationToken.None));

        var running = await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None);
        host.Clock.Advance(host.Simulator.Options.ChildTenancyCreationTime);
        var done = await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(45), running.RetryAfter);
        Assert.Null(done.RetryAfter);
    }

    private static Task<OciResult<OciPage<Compartment>>> ListCompartmentsAsync(OciTestHost host, string tenancyId) =>
        host.Get<OciCompartmentsClient>().ListCompartmentsAsync(OciTestHost.Tokyo, tenancyId, null, null, CancellationToken.None);

    private static string[] Format(string[] statements, string ocid) =>
        [.. statements.Select(s => string.Format(System.Globalization.CultureInfo.InvariantCulture, s, ocid))];
}
