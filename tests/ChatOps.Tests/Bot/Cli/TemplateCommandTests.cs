using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Apply;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;
using ChatOps.Tests.Template;
using ChatOps.Tests.Template.Support;

namespace ChatOps.Tests.Bot.Cli;

/// <summary>The real <c>chatops</c> executable as a child process; plan and verify against the OCI simulator on loopback.</summary>
public class TemplateCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Validate_prints_each_problem_as_file_line_column_and_exits_1()
    {
        var file = _directory.File("broken.yaml");
        await File.WriteAllTextAsync(file, "version: 1\nname: broken\ngroups:\n  admins:\n    name: \"{{tenancy_name}} admins\"\n    description: x\n    colour: red\n");

        var (exit, output, _) = await ChatOpsProcess.RunAsync(Environment(), _directory.Path, "template", "validate", file);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{file}:5:28: group name '{{{{tenancy_name}}}} admins' holds ' '; OCI allows only letters, digits, '.', '-' and '_'",
                $"{file}:7:5: unknown key 'colour' in group 'admins'; expected one of: name, description, usage",
                $"{file}: 2 problem(s)",
            ],
            Lines(output));
    }

    [Fact]
    public async Task Validate_accepts_the_default_template_with_exit_0()
    {
        var file = RepositoryRoot.File("templates", "mandatory-template.yaml");

        var (exit, output, _) = await ChatOpsProcess.RunAsync(Environment(), _directory.Path, "template", "validate", file);

        Assert.Equal(0, exit);
        Assert.Equal([$"{file}: valid (gcas-oci-mandatory v1, 36 resources)"], Lines(output));
    }

    [Fact]
    public async Task Plan_and_verify_read_the_live_tenancy_with_the_configured_auth()
    {
        await using var host = await TemplateTestHost.StartAsync(realTime: true);
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var environment = Environment(host.Settings);
        string[] values = ["--set", "org_name=千代田区", "--set", "environment=prd"];

        var plan = await ChatOpsProcess.RunAsync(environment, _directory.Path, ["template", "plan", "--tenancy", child, .. values]);
        Assert.True(plan.ExitCode == 0, plan.Output + plan.Error);
        Assert.StartsWith($"gcas-oci-mandatory v1 against tenancy {child} (root {child}, home region ap-tokyo-1)", plan.Output, StringComparison.Ordinal);
        Assert.Contains(Lines(plan.Output), l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["compartment", "top", "lg131016prd-top-cmp", "create"]);
        Assert.Equal("35 to create, 1 to update, 0 drifted, 1 unchanged", Lines(plan.Output)[^1]);

        var applied = await host.Get<ChatOps.Provisioning.Workflow.Ports.ITemplateApplier>().ApplyTemplateAsync(
            TemplateRequests.Context(TemplateRequests.Single("PR-30", (TemplateRequests.Production, child)), host.Time), CancellationToken.None);
        Assert.IsType<StepOutcome.Done>(applied);
        var clean = await ChatOpsProcess.RunAsync(environment, _directory.Path, ["template", "verify", "--tenancy", child, .. values]);
        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);
        Assert.Equal($"no drift: 36 checked in {child} against gcas-oci-mandatory v1", Lines(clean.Output)[^1]);

        await host.Get<OciPoliciesClient>().UpdatePolicyAsync(
            TemplateTestHost.Tokyo,
            applied.Progress[TemplateProgressKeys.Resource("prd", "auditor_root")]!,
            new UpdatePolicyDetails(["Allow group lg131016prd-auditor-group to manage all-resources in tenancy"]),
            null,
            CancellationToken.None);
        var drifted = await ChatOpsProcess.RunAsync(environment, _directory.Path, ["template", "verify", "--tenancy", child, .. values]);
        Assert.Equal(1, drifted.ExitCode);
        Assert.StartsWith("different policy lg131016prd-auditor-policy (auditor_root): statements: missing ", Lines(drifted.Output)[0], StringComparison.Ordinal);
        Assert.StartsWith("drift: 1 finding(s)", Lines(drifted.Output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_without_a_tenancy_or_with_an_unknown_placeholder_exits_2_saying_why()
    {
        var missing = await ChatOpsProcess.RunAsync(Environment(), _directory.Path, "template", "plan");
        var unknown = await ChatOpsProcess.RunAsync(Environment(), _directory.Path, "template", "plan", "--tenancy", "ocid1.tenancy.oc1..x", "--set", "colour=blue");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--tenancy OCID is required.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--set takes NAME=VALUE with NAME one of tenancy_ocid, tenancy_name, org_code", unknown.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private Dictionary<string, string> Environment(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var environment = new Dictionary<string, string> { ["Storage__Path"] = _directory.File("chatops.db") };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? string.Empty;
        }

        return environment;
    }
}
