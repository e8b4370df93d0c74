using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Workflow.Engine;

/// <summary>
/// Stops the host in the middle of each active state — after the side effect, before it was recorded — and
/// shows a new host on the same data file finishing every request with each side effect done once.
/// </summary>
public class CrashResumeTests
{
    public static TheoryData<SimulatedOperation, bool> CrashPoints() => new()
    {
        { SimulatedOperation.CreateTenancy, false },
        { SimulatedOperation.ActivateRegion, false },
        { SimulatedOperation.CheckAccess, false },
        { SimulatedOperation.ApplyTemplate, false },
        { SimulatedOperation.ReportToGcas, false },
        { SimulatedOperation.CreateCompartment, true },
        { SimulatedOperation.ApplyTemplate, true },
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_crash_in_the_middle_of_a_step_resumes_with_every_side_effect_done_once(SimulatedOperation crashAt, bool shared)
    {
        using var directory = new TempDirectory();
        await using var harness = await ProvisioningHarness.StartAsync(storePath: directory.File("chatops.db"));
        var hold = harness.Cloud.Hold(crashAt);
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: shared));
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);

        await DriveConfirmingCredentialsAsync(harness, request.Id, () => hold.Reached.IsCompleted);
        var stateAtCrash = harness.Request(request.Id).State;
        await harness.RestartAsync();
        await DriveConfirmingCredentialsAsync(harness, request.Id, () => harness.Request(request.Id).State == RequestState.Completed);

        var done = harness.Request(request.Id);
        Assert.True(RequestStates.IsActive(stateAtCrash));
        var environments = done.Application!.Environments.Count;
        Assert.Equal(shared ? 0 : environments, harness.Cloud.Tenancies.Count);
        Assert.Equal(shared ? environments : 0, harness.Cloud.Compartments.Count);
        Assert.Equal(environments * harness.Cloud.Options.TemplateResources, harness.Cloud.TemplateResources.Count);
        var events = harness.GcasEventsOf(done.GcasApplicationId);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal("completed", events[^1].Status);
        await harness.DriveUntilAsync(() => harness.Cloud.Mails.Count == 1);
        Assert.True(harness.Get<AuditTrail>().Verify().IsIntact);
    }

    /// <summary>Drives until <paramref name="condition"/>, confirming the credential step whenever it waits for a person.</summary>
    private static async Task DriveConfirmingCredentialsAsync(ProvisioningHarness harness, string id, Func<bool> condition)
    {
        bool WaitsForOperator() => harness.Request(id) is { State: RequestState.AwaitingCredentials, CredentialsConfirmation: null } r && r.DueAt > harness.Time.GetUtcNow();
        while (!condition())
        {
            await harness.DriveUntilAsync(() => condition() || WaitsForOperator());
            if (!condition())
            {
                await harness.CommandAsync(id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator);
            }
        }
    }

    [Fact]
    public async Task A_restart_with_requests_in_every_waiting_state_resumes_them_all()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var received = await harness.SubmitAsync(TestApplications.Valid());
        var approving = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(approving.Id, RequestState.AwaitingApproval);

        await harness.RestartAsync();
        await harness.DriveToAsync(received.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(approving.Id, RequestAction.Approve, ProvisioningHarness.Approver);

        await harness.DriveToAsync(approving.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Time.GetUtcNow());
    }
}
