using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Workflow.Engine;

public class EngineRetryTests
{
    private static readonly Dictionary<string, string?> TenancyPolicy = new()
    {
        ["Workflow:RequireApproval"] = "false",
        ["Simulation:AccessWithoutConfirmation"] = "true",
        ["Workflow:Steps:CreatingTenancy:MaxAttempts"] = "4",
        ["Workflow:Steps:CreatingTenancy:BaseDelay"] = "00:00:10",
        ["Workflow:Steps:CreatingTenancy:MaxDelay"] = "00:00:30",
        ["Workflow:Steps:CreatingTenancy:Jitter"] = "0",
    };

    [Fact]
    public async Task Transient_failures_are_retried_after_exponential_delays_then_the_step_succeeds()
    {
        await using var harness = await ProvisioningHarness.StartAsync(TenancyPolicy);
        harness.Cloud.Fail(SimulatedOperation.CreateTenancy, 3);
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));

        var first = await harness.DriveToAsync(request.Id, r => r.Attempt == 1);
        var failedAt = first.UpdatedAt;
        Assert.Equal(failedAt + TimeSpan.FromSeconds(10), first.DueAt);
        Assert.Equal("TooManyRequests", first.LastError!.Code);

        var second = await harness.DriveToAsync(request.Id, r => r.Attempt == 2);
        Assert.Equal(failedAt + TimeSpan.FromSeconds(10), second.UpdatedAt);
        Assert.Equal(second.UpdatedAt + TimeSpan.FromSeconds(20), second.DueAt);

        var third = await harness.DriveToAsync(request.Id, r => r.Attempt == 3);
        Assert.Equal(third.UpdatedAt + TimeSpan.FromSeconds(30), third.DueAt);

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);
        Assert.Equal(2, harness.Cloud.Tenancies.Keys.Count(k => k.StartsWith(done.Id + "/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task When_attempts_run_out_the_request_fails_visibly_and_retry_continues_the_same_step()
    {
        await using var harness = await ProvisioningHarness.StartAsync(TenancyPolicy);
        harness.Cloud.Fail(SimulatedOperation.CreateTenancy, 4);
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));

        var failed = await harness.DriveToAsync(request.Id, RequestState.Failed);

        Assert.Equal(RequestState.CreatingTenancy, failed.FailedStep);
        Assert.Contains("gave up after 4 attempts", failed.LastError!.Message, StringComparison.Ordinal);
        Assert.NotNull(failed.LastError.RequestId);
        Assert.Null(failed.DueAt);
        await harness.DriveUntilAsync(() => harness.GcasEventsOf(failed.GcasApplicationId).Any(e => e.Status == GcasStatus.Failed));

        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.Retry, ProvisioningHarness.Operator));
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);
        Assert.Contains(done.History, v => v.State == RequestState.Failed);
        Assert.Equal(RequestState.CreatingTenancy, done.History.SkipWhile(v => v.State != RequestState.Failed).Skip(1).First().State);
    }

    [Fact]
    public async Task A_permanent_error_fails_at_once_and_retry_works_after_the_cause_is_fixed()
    {
        await using var harness = await ProvisioningHarness.StartAsync(TenancyPolicy);
        harness.Cloud.Fail(SimulatedOperation.ApplyTemplate, 1, FaultKind.Permanent);
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));

        var failed = await harness.DriveToAsync(request.Id, RequestState.Failed);

        Assert.Equal(RequestState.ApplyingTemplate, failed.FailedStep);
        Assert.Equal("LimitExceeded", failed.LastError!.Code);
        Assert.Equal(400, failed.LastError.HttpStatus);
        Assert.Equal(0, failed.Attempt);
        var resourcesBefore = harness.Cloud.TemplateResources.Count;

        await harness.CommandAsync(request.Id, RequestAction.Retry, ProvisioningHarness.Operator);
        await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(12, harness.Cloud.TemplateResources.Count);
        Assert.True(resourcesBefore < 12);
    }

    [Fact]
    public async Task A_step_that_waits_past_its_timeout_fails()
    {
        var settings = new Dictionary<string, string?>(TenancyPolicy)
        {
            ["Workflow:Steps:CreatingTenancy:Timeout"] = "00:30:00",
            ["Simulation:TenancyDuration"] = "02:00:00",
        };
        await using var harness = await ProvisioningHarness.StartAsync(settings);
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));

        var failed = await harness.DriveToAsync(request.Id, RequestState.Failed);

        Assert.Equal("StepTimedOut", failed.LastError!.Code);
        Assert.Equal(TimeSpan.FromMinutes(30), failed.UpdatedAt - failed.History.Single(v => v.State == RequestState.CreatingTenancy).EnteredAt);
    }
}
