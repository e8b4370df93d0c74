using ChatOps.Provisioning.Oci.AuditConfig;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Apply;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Tests.Template.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Tests.Template;

public class TemplateApplyEdgeTests
{
    [Fact]
    public async Task A_409_on_create_takes_over_the_resource_that_has_the_name_in_other_letter_case()
    {
        // Shared use looks each resource up by name, which misses other letter case: the create's 409 finds it.
        await using var host = await TemplateTestHost.StartAsync();
        var organisation = await host.RunAsync(() => host.Get<OciCompartmentsClient>().CreateCompartmentAsync(
            TemplateTestHost.Tokyo, new CreateCompartmentDetails(host.ParentTenancyId, "lg131016prd", "千代田区 本番"), null, CancellationToken.None));
        var existing = await host.RunAsync(() => host.Get<OciGroupsClient>().CreateGroupAsync(
            TemplateTestHost.Tokyo, new CreateGroupDetails(host.ParentTenancyId, "LG131016PRD-AUDITOR-GROUP", "Read-only access for audits"), null, CancellationToken.None));

        var outcome = await TemplateApplyTests.ApplyAsync(host, TemplateRequests.Shared("PR-10", (TemplateRequests.Production, organisation.Value!.Id)));

        Assert.IsType<StepOutcome.Done>(outcome);
        Assert.Equal(9, host.Simulator.Resources(SimKind.Group, host.ParentTenancyId).Count);
        Assert.Equal(10, host.Simulator.Counters.Calls("CreateGroup"));
        Assert.Equal(existing.Value!.Id, outcome.Progress[TemplateProgressKeys.Resource("prd", "auditors")]);
        var adopted = Assert.Single(host.Audit.Of(TemplateAudit.Adopted));
        Assert.Equal("auditors", adopted.Details!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_a_child_tenancy_the_listing_finds_a_resource_named_in_other_letter_case_and_it_is_taken_over()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var existing = await host.RunAsync(() => host.Get<OciGroupsClient>().CreateGroupAsync(
            TemplateTestHost.Tokyo, new CreateGroupDetails(child, "LG131016PRD-AUDITOR-GROUP", "Read-only access for audits"), null, CancellationToken.None));

        var outcome = await TemplateApplyTests.ApplyAsync(host, TemplateRequests.Single("PR-10", (TemplateRequests.Production, child)));

        Assert.IsType<StepOutcome.Done>(outcome);
        Assert.Equal(9, host.Simulator.Resources(SimKind.Group, child).Count);
        Assert.Equal(9, host.Simulator.Counters.Calls("CreateGroup"));
        Assert.Equal(existing.Value!.Id, outcome.Progress[TemplateProgressKeys.Resource("prd", "auditors")]);
        Assert.Equal("auditors", Assert.Single(host.Audit.Of(TemplateAudit.Adopted)).Details!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_policy_someone_else_made_with_other_statements_is_drift_and_fails_permanently()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var policies = host.Get<OciPoliciesClient>();
        await host.RunAsync(() => policies.CreatePolicyAsync(
            TemplateTestHost.Tokyo,
            new CreatePolicyDetails(child, "lg131016prd-announcement-reader-policy", ["Allow group Administrators to read announcements in tenancy"], "hand-made"),
            null,
            CancellationToken.None));

        var outcome = await TemplateApplyTests.ApplyAsync(host, TemplateRequests.Single("PR-11", (TemplateRequests.Production, child)));

        var error = Assert.IsType<StepOutcome.PermanentFailure>(outcome).Error;
        Assert.Equal("TemplateDrift", error.Code);
        Assert.Contains("policy lg131016prd-announcement-reader-policy", error.Message, StringComparison.Ordinal);
        Assert.Contains("Allow group lg131016prd-announcement-reader-group to read announcements in tenancy", error.Message, StringComparison.Ordinal);
        Assert.Contains("not made by the bot", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Simulator.Counters.Calls("UpdatePolicy"));
    }

    [Fact]
    public async Task A_policy_the_bot_made_and_someone_edited_is_put_back()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-12", (TemplateRequests.Production, child));
        var first = await TemplateApplyTests.ApplyAsync(host, request);
        var policyId = first.Progress[TemplateProgressKeys.Resource("prd", "cost_admin")]!;
        var policies = host.Get<OciPoliciesClient>();
        await host.RunAsync(() => policies.UpdatePolicyAsync(
            TemplateTestHost.Tokyo, policyId, new UpdatePolicyDetails(["Allow group lg131016prd-cost-admin-group to manage all-resources in tenancy"]), null, CancellationToken.None));

        var again = await TemplateApplyTests.ApplyAsync(host, TemplateRequests.Keep(request, first));

        Assert.IsType<StepOutcome.Done>(again);
        var policy = host.Simulator.Resources(SimKind.Policy, child).Single(p => p.Id == policyId);
        Assert.Equal(
            ["Allow group lg131016prd-cost-admin-group to manage usage-report in tenancy", "Allow group lg131016prd-cost-admin-group to manage usage-budgets in tenancy"],
            policy.Statements);
        Assert.Equal("cost_admin", Assert.Single(host.Audit.Of(TemplateAudit.Updated)).Details!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task Audit_retention_and_cloud_guard_are_set_to_the_template_and_audited()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd", TemplateTestHost.Osaka);
        var audit = host.Get<OciAuditClient>();
        await host.RunAsync(() => audit.UpdateConfigurationAsync(TemplateTestHost.Osaka, child, 90, CancellationToken.None));
        var request = TemplateRequests.Single("PR-13", (TemplateRequests.Production, child));
        request = request with { Application = request.Application! with { HomeRegion = TemplateTestHost.Osaka } };

        var outcome = await TemplateApplyTests.ApplyAsync(host, request);

        Assert.IsType<StepOutcome.Done>(outcome);
        Assert.Equal(365, host.Simulator.AuditRetentionDays(child));
        Assert.Equal(("ENABLED", TemplateTestHost.Osaka), host.Simulator.CloudGuard(child));
        Assert.Equal("365", outcome.Progress[TemplateProgressKeys.AuditRetention("prd")]);
        Assert.Equal("ENABLED ap-osaka-1", outcome.Progress[TemplateProgressKeys.CloudGuard("prd")]);
        var settings = host.Audit.Of(TemplateAudit.TenancyUpdated).Select(a => (a.Details!["setting"]!.GetValue<string>(), a.Details!["from"]!.GetValue<string>())).ToList();
        Assert.Equal([("audit_retention_days", "90"), ("cloud_guard", "DISABLED")], settings);
    }

    [Fact]
    public async Task Shared_use_applies_inside_the_organisations_compartment_without_tenancy_wide_policies()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var compartments = host.Get<OciCompartmentsClient>();
        var organisation = await host.RunAsync(() => compartments.CreateCompartmentAsync(
            TemplateTestHost.Tokyo, new CreateCompartmentDetails(host.ParentTenancyId, "lg131016prd", "千代田区 本番"), null, CancellationToken.None));
        var orgId = organisation.Value!.Id;

        var outcome = await TemplateApplyTests.ApplyAsync(host, TemplateRequests.Shared("PR-14", (TemplateRequests.Production, orgId)));

        Assert.IsType<StepOutcome.Done>(outcome);
        var top = host.Simulator.Resources(SimKind.Compartment).Single(c => c.Name == "lg131016prd-top-cmp");
        Assert.Equal(orgId, top.ParentId);
        var policies = host.Simulator.Resources(SimKind.Policy).Where(p => p.ParentId == orgId).ToList();
        Assert.Equal(7, policies.Count);
        Assert.Contains(policies, p => p.Name == "lg131016prd-auditor-policy" && p.Statements!.Contains("Allow group lg131016prd-auditor-group to inspect all-resources in compartment lg131016prd-top-cmp"));
        Assert.DoesNotContain(policies.SelectMany(p => p.Statements!), s => s.Contains("in tenancy", StringComparison.Ordinal));
        Assert.Equal(9, host.Simulator.Resources(SimKind.Group, host.ParentTenancyId).Count);
        Assert.All(host.Simulator.Resources(SimKind.Group, host.ParentTenancyId), g => Assert.Equal(host.ParentTenancyId, g.ParentId));
    }

    [Fact]
    public async Task A_compartment_still_creating_makes_the_step_wait_and_the_next_run_continues_from_its_ocid()
    {
        SlowCompartmentHandler? slow = null;
        await using var host = await TemplateTestHost.StartAsync(configure: services =>
        {
            services.RemoveAll<ITemplateResourceHandler>();
            services.AddSingleton<CompartmentHandler>();
            services.AddSingleton<ITemplateResourceHandler>(sp => slow = new SlowCompartmentHandler(sp.GetRequiredService<CompartmentHandler>(), creatingReads: 1));
            services.AddSingleton<ITemplateResourceHandler, GroupHandler>();
            services.AddSingleton<ITemplateResourceHandler, DynamicGroupHandler>();
            services.AddSingleton<ITemplateResourceHandler, PolicyHandler>();
            services.AddSingleton<ITemplateResourceHandler, TagNamespaceHandler>();
            services.AddSingleton<ITemplateResourceHandler, TagHandler>();
            services.AddSingleton<ITemplateResourceHandler, TagDefaultHandler>();
        });
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-16", (TemplateRequests.Production, child));

        var first = await TemplateApplyTests.ApplyAsync(host, request);
        var waiting = Assert.IsType<StepOutcome.Wait>(first);
        Assert.Null(waiting.Until);
        Assert.Contains("lg131016prd-top-cmp", waiting.Note, StringComparison.Ordinal);
        var top = Assert.Single(host.Simulator.Resources(SimKind.Compartment, child));
        Assert.Equal(top.Id, first.Progress[TemplateProgressKeys.Resource("prd", "top")]);

        request = TemplateRequests.Keep(request, first);
        var second = await TemplateApplyTests.ApplyAsync(host, request);
        Assert.IsType<StepOutcome.Wait>(second);
        Assert.Single(host.Simulator.Resources(SimKind.Compartment, child));

        request = TemplateRequests.Keep(request, second);
        slow!.MakeActive();
        var third = await TemplateApplyTests.ApplyAsync(host, request);
        Assert.IsType<StepOutcome.Done>(third);
        Assert.Equal(5, host.Simulator.Resources(SimKind.Compartment, child).Count);
        Assert.Equal(5, host.Simulator.Counters.Calls("CreateCompartment"));
    }

    [Fact]
    public async Task An_environment_without_a_recorded_tenancy_fails_permanently_naming_the_progress_key()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var request = TemplateRequests.Single("PR-15") with
        {
            Application = TemplateRequests.Single("PR-15").Application! with { Environments = [TemplateRequests.Staging] },
        };

        var outcome = await TemplateApplyTests.ApplyAsync(host, request);

        var error = Assert.IsType<StepOutcome.PermanentFailure>(outcome).Error;
        Assert.Equal("TemplateTargetMissing", error.Code);
        Assert.Contains("tenancy.stg.id", error.Message, StringComparison.Ordinal);
    }
}
