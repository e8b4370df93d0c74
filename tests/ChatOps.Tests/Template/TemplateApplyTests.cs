using ChatOps.Provisioning.Template.Apply;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Sandbox.Oci;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Tests.Template.Support;

namespace ChatOps.Tests.Template;

/// <summary>The real applier against the OCI simulator over loopback HTTP, with the default template.</summary>
public class TemplateApplyTests
{
    // The default template for single use: 5 compartments, 9 groups, 3 dynamic groups, 1 namespace, 2 tags, 2 defaults, 13 policies.
    private const int SingleUseResources = 35;

    [Fact]
    public async Task Apply_creates_every_resource_after_what_it_references_and_records_each_ocid()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-1", (TemplateRequests.Production, child));

        var outcome = await ApplyAsync(host, request);

        var done = Assert.IsType<StepOutcome.Done>(outcome);
        Assert.Equal(Trigger.TemplateApplied, done.Trigger);
        Assert.Equal(5, host.Simulator.Resources(SimKind.Compartment, child).Count);
        Assert.Equal(9, host.Simulator.Resources(SimKind.Group, child).Count);
        Assert.Equal(3, host.Simulator.Resources(SimKind.DynamicGroup, child).Count);
        Assert.Equal(13, host.Simulator.Resources(SimKind.Policy, child).Count(TemplateTestHost.IsTemplatePolicy));
        Assert.Equal(2, host.Simulator.Resources(SimKind.TagDefault, child).Count);
        Assert.Equal(("ENABLED", TemplateTestHost.Tokyo), host.Simulator.CloudGuard(child));

        var top = host.Simulator.Resources(SimKind.Compartment, child).Single(c => c.Name == "lg131016prd-top-cmp");
        Assert.Equal(child, top.ParentId);
        Assert.Equal(top.Id, done.Progress[TemplateProgressKeys.Resource("prd", "top")]);
        Assert.Equal(top.Id, host.Simulator.Resources(SimKind.Compartment, child).Single(c => c.Name == "lg131016prd-network-cmp").ParentId);
        Assert.Equal("gcas-oci-mandatory v1", done.Progress[TemplateProgressKeys.Applied("prd")]);

        var network = host.Simulator.Resources(SimKind.Policy, child).Single(p => p.Name == "lg131016prd-network-admin-policy");
        Assert.Equal(child, network.ParentId);
        Assert.Contains("Allow group lg131016prd-network-admin-group to manage virtual-network-family in compartment lg131016prd-top-cmp:lg131016prd-network-cmp", network.Statements!);
        var iam = host.Simulator.Resources(SimKind.Policy, child).Single(p => p.Name == "lg131016prd-iam-admin-root-policy");
        Assert.Contains(iam.Statements!, s => s.Contains("target.group.name != 'Administrators', target.group.name != 'lg131016prd-cred-admin-group'", StringComparison.Ordinal));

        var created = host.Audit.Of(TemplateAudit.Created);
        Assert.Equal(SingleUseResources, created.Count);
        Assert.All(created, r => Assert.False(string.IsNullOrEmpty(r.Details!["opcRequestId"]!.GetValue<string>())));
        var order = created.Select(r => r.Details!["key"]!.GetValue<string>()).ToList();
        Assert.True(order.IndexOf("top") < order.IndexOf("network"));
        Assert.True(order.IndexOf("database") < order.IndexOf("database_kms"), "a dynamic group's matching rule needs the compartment's OCID");
        Assert.True(order.IndexOf("cred_admins") < order.IndexOf("iam_admin_root"), "a policy names groups that must exist");
        Assert.True(order.IndexOf("created_by") < order.IndexOf("created_by_default"));
        var kms = host.Simulator.Resources(SimKind.Compartment, child).Single(c => c.Name == "lg131016prd-database-cmp");
        Assert.Equal(kms.Id, done.Progress[TemplateProgressKeys.Resource("prd", "database")]);
    }

    [Fact]
    public async Task Re_applying_a_completed_template_creates_and_changes_nothing_even_without_its_progress()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-2", (TemplateRequests.Production, child));
        var first = await ApplyAsync(host, request);
        Assert.IsType<StepOutcome.Done>(first);
        var before = host.Simulator.Counters.Snapshot();

        var again = await ApplyAsync(host, TemplateRequests.Keep(request, first));
        var fresh = await ApplyAsync(host, request);

        Assert.IsType<StepOutcome.Done>(again);
        Assert.IsType<StepOutcome.Done>(fresh);
        var after = host.Simulator.Counters.Snapshot();
        foreach (var operation in OciSimulator.TemplateCreateOperations.Concat(["UpdatePolicy", "UpdateAuditConfiguration", "UpdateCloudGuardConfiguration"]))
        {
            Assert.Equal(before.GetValueOrDefault(operation), after.GetValueOrDefault(operation));
        }

        Assert.DoesNotContain(again.Progress, p => p.Key.StartsWith("template.prd.", StringComparison.Ordinal) && !p.Key.EndsWith(".applied", StringComparison.Ordinal));
        Assert.Equal(SingleUseResources, host.Audit.Of(TemplateAudit.Found).Count);
        Assert.Equal(SingleUseResources, host.Audit.Of(TemplateAudit.Created).Count);
    }

    [Fact]
    public async Task A_template_step_failing_twice_then_succeeding_completes_with_no_duplicate_resource()
    {
        await using var host = await TemplateTestHost.StartAsync(new Dictionary<string, string?> { ["Oci:Retry:MaxAttempts"] = "1" });
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-3", (TemplateRequests.Production, child));
        // The worst case: OCI makes the resource, then the answer is lost.
        host.Simulator.Faults.FailAfterCommit(2, [.. OciSimulator.TemplateCreateOperations]);

        var outcomes = new List<StepOutcome>();
        for (var run = 0; run < 3; run++)
        {
            var outcome = await ApplyAsync(host, request);
            outcomes.Add(outcome);
            request = TemplateRequests.Keep(request, outcome);
        }

        Assert.All(outcomes.Take(2), o => Assert.Equal("InternalServerError", Assert.IsType<StepOutcome.TransientFailure>(o).Error.Code));
        Assert.IsType<StepOutcome.Done>(outcomes[2]);
        Assert.Equal(5, host.Simulator.Resources(SimKind.Compartment, child).Count);
        foreach (var kind in Enum.GetValues<SimKind>())
        {
            var names = host.Simulator.Resources(kind, child).Select(r => $"{r.ParentId}/{r.Name}").ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        Assert.Equal(SingleUseResources, host.Simulator.Resources(SimKind.Compartment, child).Count + host.Simulator.Resources(SimKind.Group, child).Count
            + host.Simulator.Resources(SimKind.DynamicGroup, child).Count + host.Simulator.Resources(SimKind.TagNamespace, child).Count
            + host.Simulator.Resources(SimKind.Tag, child).Count + host.Simulator.Resources(SimKind.TagDefault, child).Count
            + host.Simulator.Resources(SimKind.Policy, child).Count(TemplateTestHost.IsTemplatePolicy));
    }

    [Fact]
    public async Task A_permanent_error_fails_with_code_message_and_request_id_and_a_retry_continues_where_it_stopped()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-4", (TemplateRequests.Production, child));
        host.Simulator.Faults.Fail(1, 400, "LimitExceeded", "The policy limit of the tenancy is reached.", "CreatePolicy");

        var failed = await ApplyAsync(host, request);

        var error = Assert.IsType<StepOutcome.PermanentFailure>(failed).Error;
        Assert.Equal("LimitExceeded", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Contains("The policy limit of the tenancy is reached.", error.Message, StringComparison.Ordinal);
        Assert.Contains("creating policy lg131016prd-", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains("opc-request-id " + error.RequestId, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, failed.Progress.Keys.Count(k => host.Simulator.Resources(SimKind.Compartment, child).Any(c => c.Id == failed.Progress[k])));
        var createsBefore = host.Simulator.Counters.Calls("CreateCompartment");

        var retried = await ApplyAsync(host, TemplateRequests.Keep(request, failed));

        Assert.IsType<StepOutcome.Done>(retried);
        Assert.Equal(createsBefore, host.Simulator.Counters.Calls("CreateCompartment"));
        Assert.Equal(13, host.Simulator.Resources(SimKind.Policy, child).Count(TemplateTestHost.IsTemplatePolicy));
    }

    internal static Task<StepOutcome> ApplyAsync(TemplateTestHost host, ProvisioningRequest request) =>
        host.RunAsync(() => host.Get<ITemplateApplier>().ApplyTemplateAsync(TemplateRequests.Context(request, host.Time), CancellationToken.None));
}
