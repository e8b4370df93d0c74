using ChatOps.Provisioning.Outbox;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>The mail server refuses every message (451) while a request completes; the mail goes out once it recovers, exactly once.</summary>
public class SmtpOutageTests
{
    [Fact]
    public async Task Completion_mail_refused_during_an_SMTP_outage_is_delivered_once_after_recovery()
    {
        await using var host = await BotHost.StartAsync(FaultFlow.Settings());
        var world = host.Sandbox.World;
        var request = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());

        world.Smtp.RefuseNext(int.MaxValue);
        var completed = await SandboxFlow.CompleteAsync(host, request);
        var outbox = host.Get<OutboxStore>();
        await SandboxFlow.WaitAsync(host, () => outbox.ForRequest(request.Id).Where(m => m.Kind == OutboxKinds.Email).ToList(),
            mails => mails.Count > 0 && mails.All(m => m.Attempts >= 3 && m.Status == OutboxStatus.Pending));
        Assert.Empty(world.Smtp.Messages);
        Assert.True(world.Smtp.RefusedCount >= 3);

        world.Smtp.RefuseNext(0);
        var (_, mails) = await FaultFlow.AssertNothingLostAsync(host, completed);

        Assert.Equal(1, mails);
        TestContext.Current.TestOutputHelper?.WriteLine($"{world.Smtp.RefusedCount} refusals, then {mails} mail delivered");
        Assert.Contains(outbox.ForRequest(request.Id), m => m.Kind == OutboxKinds.Email && m.LastError is null && m.Attempts >= 4);
    }
}
