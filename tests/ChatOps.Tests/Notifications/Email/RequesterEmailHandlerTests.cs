using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Notifications.Email;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Sandbox.Mail;
using ChatOps.Tests.Gcas.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Notifications.Email;

public class RequesterEmailHandlerTests
{
    private const string From = "noreply@provisioning.sandbox.invalid";

    [Fact]
    public async Task A_completion_notice_is_mailed_in_both_languages_and_audited_without_addresses()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        using var services = Services(smtp.Port);
        var audit = new RecordingAuditTrail();
        var message = Message(Completed("admin@city.chiyoda.lg.jp", "sub@city.chiyoda.lg.jp"));

        var result = await Handler(services, audit).DeliverAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryResult.Delivered, result);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(["admin@city.chiyoda.lg.jp", "sub@city.chiyoda.lg.jp"], mail.EnvelopeRecipients);
        Assert.Contains("払い出しが完了しました", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("ocid1.tenancy.oc1..aaaaaaaaprod", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Your environments", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal($"<{SmtpEmailSender.MessageId(message.IdempotencyKey, From)}>", mail.Header("Message-ID"));
        var entry = Assert.Single(audit.Records);
        Assert.Equal(("email.sent", "PR-7"), (entry.Action, entry.RequestId));
        Assert.Equal("Completed", entry.Details!["kind"]!.GetValue<string>());
        Assert.Equal(2, entry.Details["recipients"]!.GetValue<int>());
        Assert.DoesNotContain("@", entry.Details.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_retried_and_the_retry_is_the_same_message_delivered_once()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        using var services = Services(smtp.Port);
        var audit = new RecordingAuditTrail();
        var handler = Handler(services, audit);
        var message = Message(Rejected());
        smtp.RefuseNext(1);

        var first = await handler.DeliverAsync(message, TestContext.Current.CancellationToken);
        var second = await handler.DeliverAsync(message with { Attempts = 1 }, TestContext.Current.CancellationToken);

        Assert.Contains("451", Assert.IsType<DeliveryResult.RetryLater>(first).Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryResult.Delivered, second);
        var mail = Assert.Single(smtp.Messages);
        Assert.Contains("差し戻し", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("検査数字", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, smtp.RefusedCount);
        Assert.Single(audit.Records);
    }

    [Fact]
    public async Task An_unknown_mailbox_is_refused_for_good()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        smtp.AddUnknownMailbox("gone@city.chiyoda.lg.jp");
        using var services = Services(smtp.Port);
        var audit = new RecordingAuditTrail();

        var result = await Handler(services, audit).DeliverAsync(Message(Completed("gone@city.chiyoda.lg.jp")), TestContext.Current.CancellationToken);

        Assert.Contains("550", Assert.IsType<DeliveryResult.Dead>(result).Error, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
        Assert.Empty(audit.Records);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_leaves_the_mail_queued()
    {
        int port;
        await using (var smtp = await SmtpSimulator.StartAsync())
        {
            port = smtp.Port;
        }

        using var services = Services(port);

        var result = await Handler(services, new RecordingAuditTrail()).DeliverAsync(Message(Rejected()), TestContext.Current.CancellationToken);

        Assert.IsType<DeliveryResult.RetryLater>(result);
    }

    private static RequesterNotice Completed(params string[] recipients) => new(
        RequesterNoticeKind.Completed, "PR-7", "GCAS-2026-000123", "千代田区", "住民記録システム", recipients,
        [new ProvisionedTenancy("本番", "ocid1.tenancy.oc1..aaaaaaaaprod", "chiyodajuminprod", "ap-tokyo-1", "https://cloud.oracle.com/?tenant=chiyodajuminprod&region=ap-tokyo-1")],
        []);

    private static RequesterNotice Rejected() => new(
        RequesterNoticeKind.Rejected, "PR-7", "GCAS-2026-900001", "千代田区", "住民記録システム", ["admin@city.chiyoda.lg.jp"], [],
        ["organization.lgCode: 地方公共団体コードの検査数字が正しくありません / the check digit is wrong"]);

    private static OutboxMessage Message(RequesterNotice notice) => new(
        3, OutboxKinds.Email, $"email:{notice.RequestId}", $"email:{notice.RequestId}:{notice.Kind}", ProvisioningJson.Serialize(notice),
        notice.RequestId, OutboxStatus.Pending, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, null, null);

    private static RequesterEmailHandler Handler(ServiceProvider services, RecordingAuditTrail audit) =>
        new(services.GetRequiredService<RequesterEmailComposer>(), services.GetRequiredService<IEmailSender>(), audit);

    private static ServiceProvider Services(int port) =>
        new ServiceCollection().AddLogging()
            .AddEmail(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Email:Host"] = "127.0.0.1",
                ["Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:StartTls"] = "None",
                ["Email:From"] = From,
                ["Email:Timeout"] = "00:00:20",
            }).Build())
            .BuildServiceProvider();
}
