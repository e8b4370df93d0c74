using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Template.Support;

namespace ChatOps.Tests.Template;

/// <summary>
/// In a child tenancy of our own, "is it there already?" is answered by one listing per kind and container, not a
/// lookup per resource: in a wave of 500 applications the lookups were a third of all Identity calls.
/// </summary>
public class TemplateApplyCallTests
{
    [Fact]
    public async Task A_fresh_child_tenancy_is_read_with_one_listing_per_kind_and_container()
    {
        await using var host = await TemplateTestHost.StartAsync();
        var child = await host.CreateChildTenancyAsync("lg131016prd");
        var request = TemplateRequests.Single("PR-3", (TemplateRequests.Production, child));
        var before = host.Simulator.Counters.Snapshot();

        Assert.IsType<StepOutcome.Done>(await TemplateApplyTests.ApplyAsync(host, request));

        var after = host.Simulator.Counters.Snapshot();
        int Calls(string operation) => after.GetValueOrDefault(operation) - before.GetValueOrDefault(operation);

        // The default template puts 9 groups and 3 dynamic groups in the tenancy: one listing each.
        Assert.Equal(9, Calls("CreateGroup"));
        Assert.Equal(1, Calls("ListGroups"));
        Assert.Equal(3, Calls("CreateDynamicGroup"));
        Assert.Equal(1, Calls("ListDynamicGroups"));

        // 13 policies over fewer compartments: at most one listing per compartment that holds any.
        Assert.Equal(13, Calls("CreatePolicy"));
        Assert.InRange(Calls("ListPolicies"), 1, 6);
    }
}
