using ChatOps.Bot.Chat.Threads;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// Steps shared by the dependency-fault tests: short sandbox timings with small retry budgets (so a storm can
/// outlast them), a request driven to a state, and the closing check that nothing was lost.
/// </summary>
internal static class FaultFlow
{
    public static Dictionary<string, string?> Settings()
    {
        var settings = SandboxFlow.FastSettings();
        settings["Sandbox:SeededApplications"] = "0";
        settings["Slack:Language"] = "en";
        settings["Oci:Retry:MaxAttempts"] = "3";
        settings["Oci:Retry:BaseDelay"] = "00:00:00.100";
        settings["Oci:Retry:MaxDelay"] = "00:00:00.300";
        settings["Outbox:BaseDelay"] = "00:00:00.200";
        settings["Outbox:MaxDelay"] = "00:00:01";
        return settings;
    }

    public static Task<ProvisioningRequest> StateAsync(BotHost host, string id, params RequestState[] states) =>
        SandboxFlow.WaitAsync(host, () => host.Get<RequestStore>().Get(id)!, r => states.Contains(r.State), TimeSpan.FromSeconds(90));

    public static async Task ApproveAsync(BotHost host, ProvisioningRequest request)
    {
        var approver = host.Sandbox.World.Cast.Approver1;
        await StateAsync(host, request.Id, RequestState.AwaitingApproval);
        Assert.IsType<CommandResult.Accepted>(await host.Get<RequestCommandService>().ExecuteAsync(
            new RequestCommand(request.Id, RequestAction.Approve, Actor.Human(approver.Id, approver.User.Name)), CancellationToken.None));
    }

    /// <summary>From AwaitingCredentials on: the administrator applies the policies shown, an operator confirms.</summary>
    public static async Task<ProvisioningRequest> FinishAsync(BotHost host, string id, RequestState until = RequestState.Completed)
    {
        var world = host.Sandbox.World;
        var waiting = await SandboxFlow.WaitAsync(host, () => host.Get<RequestStore>().Get(id)!, r => r.State == RequestState.AwaitingCredentials && r.DueAt is not null, TimeSpan.FromSeconds(90));
        foreach (var child in host.Get<ICredentialVerifier>().Instructions(waiting).Tenancies)
        {
            world.Oci.ApplyPolicyAsAdministrator(child.TenancyId, child.ChildPolicyName, child.ChildStatements);
            world.Oci.ApplyParentPolicyAsAdministrator(child.ParentPolicyName, child.ParentStatements);
        }

        var confirmed = await host.Get<RequestCommandService>().ExecuteAsync(
            new RequestCommand(id, RequestAction.ConfirmCredentials, Actor.Human(world.Cast.Operator.Id, world.Cast.Operator.User.Name)), CancellationToken.None);
        Assert.True(confirmed is CommandResult.Accepted or CommandResult.Refused { Refusal.Code: RefusalCode.NotAwaitingCredentials }, confirmed.ToString());
        return await StateAsync(host, id, until);
    }

    /// <summary>The replies in the request's Slack thread, oldest first.</summary>
    public static IReadOnlyList<string> ThreadTexts(BotHost host, string requestId)
    {
        if (host.Get<ThreadMap>().Get(requestId) is not { } thread)
        {
            return [];
        }

        return [.. host.Sandbox.World.Slack.Workspace.Replies(thread.Channel, thread.Ts).Select(m => m.Text + "\n" + m.BlocksJson)];
    }

    public static Task<IReadOnlyList<string>> ThreadTextAsync(BotHost host, string requestId, string fragment) =>
        SandboxFlow.WaitAsync(host, () => ThreadTexts(host, requestId), texts => texts.Any(t => t.Contains(fragment, StringComparison.Ordinal)), TimeSpan.FromSeconds(90));

    /// <summary>
    /// Every queued message delivered and none given up; each application's GCAS events all arrived, once, in
    /// sequence, ending in completed; each queued e-mail arrived exactly once; the audit trail verifies.
    /// </summary>
    public static async Task<(int GcasEvents, int Mails)> AssertNothingLostAsync(BotHost host, params ProvisioningRequest[] requests)
    {
        var outbox = host.Get<OutboxStore>();
        var stats = await SandboxFlow.WaitAsync(host, () => outbox.Stats(TimeProvider.System.GetUtcNow()), s => s.Pending == 0, TimeSpan.FromSeconds(90));
        Assert.Equal(0, stats.Dead);
        var world = host.Sandbox.World;
        int events = 0, mails = 0;
        foreach (var request in requests)
        {
            var queued = outbox.ForRequest(request.Id);
            Assert.All(queued, m => Assert.Equal(OutboxStatus.Delivered, m.Status));
            var received = world.Gcas.Events(request.GcasApplicationId);
            Assert.Equal(queued.Count(m => m.Kind == OutboxKinds.GcasStatus), received.Count);
            Assert.Equal(received.Select(e => e.IdempotencyKey).Distinct().Count(), received.Count);
            Assert.Equal(Enumerable.Range((int)received[0].Sequence, received.Count).Select(s => (long)s), received.Select(e => e.Sequence));
            Assert.Equal(GcasStatus.Completed, received[^1].Status);
            events += received.Count;

            var expectedMails = queued.Count(m => m.Kind == OutboxKinds.Email);
            var address = request.Summary.AdminEmail!;
            var delivered = world.Smtp.Messages.Count(m => m.EnvelopeRecipients.Contains(address, StringComparer.OrdinalIgnoreCase));
            Assert.True(expectedMails > 0, "the requester is e-mailed on completion");
            Assert.Equal(expectedMails, delivered);
            mails += delivered;
        }

        var verification = host.Get<AuditTrail>().Verify();
        Assert.True(verification.IsIntact, verification.FirstBreak?.Detail);
        return (events, mails);
    }
}
