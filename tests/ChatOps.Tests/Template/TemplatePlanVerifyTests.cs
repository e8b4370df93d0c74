using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Apply;
using ChatOps.Provisioning.Template.Loading;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Planning;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Template.Verify;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Support;
using ChatOps.Tests.Template.Support;

namespace ChatOps.Tests.Template;

public class TemplatePlanVerifyTests
{
    private static readonly Dictionary<string, string> Organisation = new()
    {
        [TemplatePlaceholders.OrgCode] = "131016",
        [TemplatePlaceholders.OrgName] = "千代田区",
        [TemplatePlaceholders.Environment] = "prd",
    };

    [Fact]
    public async Task Plan_reads_the_live_tenancy_and_shows_creates_before_and_nothing_to_do_after_apply()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var template = await DefaultAsync();
        var target = new TemplateTarget(child) { Values = Organisation };
        var planner = host.Get<ITemplatePlanner>();

        var before = (await host.RunAsync(() => planner.PlanAsync(template, target, CancellationToken.None))).Plan!;
        await TemplateApplyTests.ApplyAsync(host, TemplateRequests.Single("PR-20", (TemplateRequests.Production, child)));
        var after = (await host.RunAsync(() => planner.PlanAsync(template, target, CancellationToken.None))).Plan!;

        Assert.Equal(TemplateTestHost.Tokyo, before.HomeRegion);
        Assert.Equal(35, before.Count(PlanAction.Create));
        var guard = Assert.Single(before.Entries, e => e.Key == "cloud_guard");
        Assert.Equal(PlanAction.Update, guard.Action);
        Assert.Equal(PlanAction.Exists, Assert.Single(before.Entries, e => e.Key == "audit_retention_days").Action);
        Assert.All(after.Entries, e => Assert.Equal(PlanAction.Exists, e.Action));
        Assert.Equal("0 to create, 0 to update, 0 drifted, 37 unchanged", after.Summary);
        Assert.Equal(35, OciSimulator.TemplateCreateOperations.Sum(host.Simulator.Counters.Calls));
    }

    [Fact]
    public async Task Verify_finds_an_edited_policy_and_a_leftover_the_bot_made_and_reports_clean_once_repaired()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-21", (TemplateRequests.Production, child));
        var applied = await TemplateApplyTests.ApplyAsync(host, request);
        var template = await DefaultAsync();
        var target = new TemplateTarget(child) { Values = Organisation };
        var verifier = host.Get<ITemplateVerifier>();
        var clean = (await host.RunAsync(() => verifier.VerifyAsync(template, target, CancellationToken.None))).Report!;

        var policies = host.Get<OciPoliciesClient>();
        var auditorPolicy = applied.Progress[TemplateProgressKeys.Resource("prd", "auditor_root")]!;
        await host.RunAsync(() => policies.UpdatePolicyAsync(
            TemplateTestHost.Tokyo, auditorPolicy, new UpdatePolicyDetails(["Allow group lg131016prd-auditor-group to manage all-resources in tenancy"]), null, CancellationToken.None));
        await host.RunAsync(() => policies.CreatePolicyAsync(
            TemplateTestHost.Tokyo,
            new CreatePolicyDetails(child, "lg131016prd-retired-policy", ["Allow group lg131016prd-app-admin-group to read buckets in tenancy"], "from an older template")
            {
                FreeformTags = new Dictionary<string, string> { ["managed-by"] = "chatops", ["chatops-target"] = child },
            },
            null,
            CancellationToken.None));
        var drifted = (await host.RunAsync(() => verifier.VerifyAsync(template, target, CancellationToken.None))).Report!;

        Assert.False(clean.HasDrift);
        Assert.Equal(36, clean.Checked);
        Assert.True(drifted.HasDrift);
        var different = Assert.Single(drifted.Entries, e => e.Kind == DriftKind.Different);
        Assert.Equal("auditor_root", different.Key);
        var statements = Assert.Single(different.Differences);
        Assert.Equal("statements", statements.Field);
        Assert.Contains("to manage all-resources in tenancy", statements.Actual, StringComparison.Ordinal);
        Assert.Contains("to read audit-events in tenancy", statements.Expected, StringComparison.Ordinal);
        var extra = Assert.Single(drifted.Entries, e => e.Kind == DriftKind.ExtraManaged);
        Assert.Equal("lg131016prd-retired-policy", extra.Name);

        var report = await host.RunAsync(() => verifier.VerifyRequestAsync(TemplateRequests.Keep(request, applied), CancellationToken.None));
        Assert.True(Assert.Single(report.Environments).HasDrift);
    }

    [Fact]
    public async Task Verify_of_a_request_checks_each_environment_and_says_which_could_not_be_checked()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var production = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-22", (TemplateRequests.Production, production));
        request = TemplateRequests.Keep(request, await TemplateApplyTests.ApplyAsync(host, request));
        request = request with { Application = request.Application! with { Environments = [TemplateRequests.Production, TemplateRequests.Staging] } };

        var report = await host.RunAsync(() => host.Get<ITemplateVerifier>().VerifyRequestAsync(request, CancellationToken.None));

        Assert.Equal("PR-22", report.RequestId);
        Assert.False(report.HasDrift);
        Assert.True(report.HasErrors);
        var prd = report.Environments[0];
        Assert.Equal(("prd", production), (prd.EnvironmentKey, prd.TargetId));
        Assert.False(prd.Report!.HasDrift);
        Assert.Equal("TemplateTargetMissing", report.Environments[1].Error!.Code);
    }

    [Fact]
    public async Task Plan_without_a_value_for_a_used_placeholder_says_which()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");

        var result = await host.RunAsync(() => host.Get<ITemplatePlanner>().PlanAsync(DefaultTemplate(), new TemplateTarget(child), CancellationToken.None));

        Assert.Null(result.Plan);
        Assert.Equal("TemplateInvalid", result.Error!.Code);
        Assert.Contains("no value for {{environment}}, {{org_name}}", result.Error.Message, StringComparison.Ordinal);
    }

    private static TemplateDefinition DefaultTemplate() => TemplateLoader.LoadFile(RepositoryRoot.File("templates", "mandatory-template.yaml")).Template!;

    private static async Task<TemplateDefinition> DefaultAsync() =>
        (await TemplateLoader.LoadFileAsync(RepositoryRoot.File("templates", "mandatory-template.yaml"), CancellationToken.None)).Template!;
}
