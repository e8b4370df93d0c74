using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Oci.Steps;

/// <summary>The credential step's statements and its access check in each child.</summary>
public class OciCredentialVerifierTests
{
    private static readonly StepPolicy Policy = new();

    [Fact]
    public async Task Instructions_admit_the_parent_in_each_child_and_endorse_each_child_in_the_parent_for_the_bots_workload_only()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: _ => new Dictionary<string, string?>
        {
            ["Oci:WorkloadIdentity:Namespace"] = "gov-chatops",
            ["Oci:WorkloadIdentity:ServiceAccount"] = "provisioner",
            ["Oci:WorkloadIdentity:ClusterId"] = "ocid1.cluster.oc1.ap-tokyo-1.aaaaaaaaexample",
        });
        var request = WithTenancies(await OciTenancyProvisionerTests.ApprovableAsync(harness), "ocid1.tenancy.oc1..prdchild", "ocid1.tenancy.oc1..stgchild");

        var instructions = harness.Get<ICredentialVerifier>().Instructions(request);

        const string Conditions = "where all {request.principal.type = 'workload', request.principal.namespace = 'gov-chatops', "
            + "request.principal.service_account = 'provisioner', request.principal.cluster_id = 'ocid1.cluster.oc1.ap-tokyo-1.aaaaaaaaexample'}";
        var prd = instructions.Tenancies.Single(t => t.Environment == "prd");
        Assert.Equal("lg131016prd", prd.TenancyName);
        Assert.Equal("ocid1.tenancy.oc1..prdchild", prd.TenancyId);
        Assert.Equal("chatops-bot-admit", prd.ChildPolicyName);
        Assert.Equal(
            [$"Define tenancy ChatOpsParent as {harness.Simulator.ParentTenancyId}", $"Admit any-user of tenancy ChatOpsParent to manage all-resources in tenancy {Conditions}"],
            prd.ChildStatements);
        Assert.Equal("chatops-bot-endorse-lg131016prd", prd.ParentPolicyName);
        Assert.Equal(
            ["Define tenancy lg131016prd as ocid1.tenancy.oc1..prdchild", $"Endorse any-user to manage all-resources in tenancy lg131016prd {Conditions}"],
            prd.ParentStatements);
        Assert.Equal("ocid1.tenancy.oc1..stgchild", instructions.Tenancies.Single(t => t.Environment == "stg").TenancyId);
    }

    [Fact]
    public async Task Instructions_before_the_tenancy_exists_say_so_instead_of_an_ocid()
    {
        await using var harness = await OciWorkflowHarness.StartAsync();
        var request = await OciTenancyProvisionerTests.ApprovableAsync(harness);

        var instructions = harness.Get<ICredentialVerifier>().Instructions(request);

        Assert.All(instructions.Tenancies, t => Assert.Equal(OciCredentialVerifier.NotCreated, t.TenancyId));
        Assert.All(instructions.Tenancies, t => Assert.Contains("'ocid1.cluster.", t.ChildStatements[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_check_reads_in_every_child_and_tells_no_access_from_throttling()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: _ => new Dictionary<string, string?> { ["Oci:Retry:MaxAttempts"] = "1" });
        var prd = await CreateChildAsync(harness, "checkprd");
        var stg = await CreateChildAsync(harness, "checkstg");
        var request = WithTenancies(await OciTenancyProvisionerTests.ApprovableAsync(harness), prd, stg);
        var verifier = harness.Get<ICredentialVerifier>();
        var context = new StepContext(request, Policy, harness.Clock.GetUtcNow());

        var none = await verifier.CheckAccessAsync(context, CancellationToken.None);
        OciTestHost.GrantParentAccess(harness.Simulator, "checkprd", prd);
        var half = await verifier.CheckAccessAsync(context, CancellationToken.None);
        OciTestHost.GrantParentAccess(harness.Simulator, "checkstg", stg);
        harness.Simulator.Faults.Throttle(1, null, "ListCompartments");
        var throttled = await verifier.CheckAccessAsync(context, CancellationToken.None);
        var granted = await verifier.CheckAccessAsync(context, CancellationToken.None);

        Assert.False(none.HasAccess);
        Assert.False(none.Transient);
        Assert.Equal("NotAuthorizedOrNotFound", none.Problem?.Code);
        Assert.Equal(404, none.Problem?.HttpStatus);
        Assert.NotNull(none.Problem?.RequestId);
        Assert.Contains(prd, none.Problem!.Message, StringComparison.Ordinal);
        Assert.False(half.HasAccess);
        Assert.Contains(stg, half.Problem!.Message, StringComparison.Ordinal);
        Assert.False(throttled.HasAccess);
        Assert.True(throttled.Transient);
        Assert.Equal("TooManyRequests", throttled.Problem?.Code);
        Assert.True(granted.HasAccess);
    }

    private static ProvisioningRequest WithTenancies(ProvisioningRequest request, string prd, string stg) => request with
    {
        Progress = request.Progress.SetItem(ProgressKeys.TenancyId("prd"), prd).SetItem(ProgressKeys.TenancyId("stg"), stg),
    };

    private static async Task<string> CreateChildAsync(OciWorkflowHarness harness, string name)
    {
        var organizations = harness.Get<Provisioning.Oci.Organizations.OciOrganizationsClient>();
        var accepted = await organizations.CreateChildTenancyAsync(
            new(harness.Simulator.ParentTenancyId, name, OciTestHost.Tokyo, $"admin@{name}.example.jp"), "check-" + name, CancellationToken.None);
        harness.Clock.Advance(harness.Simulator.Options.ChildTenancyCreationTime);
        return (await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None)).Value!.ChildTenancyId!;
    }
}
