using ChatOps.Provisioning.Notifications.Email;
using ChatOps.Sandbox.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ChatOps.Tests.Notifications.Email;

public class SmtpEmailSenderTests
{
    [Fact]
    public async Task Completion_mail_travels_over_smtp_as_bilingual_multipart_alternative()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        using var services = Services(smtp.Port);
        var ct = TestContext.Current.CancellationToken;
        var mail = services.GetRequiredService<RequesterEmailComposer>()
            .ComposeCompletion(Notices.Completion("admin@city.chiyoda.lg.jp", "sub@city.chiyoda.lg.jp"));

        var outcome = await services.GetRequiredService<IEmailSender>().SendAsync(mail, ct);
        var captured = await smtp.WaitForMessageAsync(cancellationToken: ct);

        Assert.Equal(EmailOutcome.Sent, outcome);
        Assert.Equal("noreply@provisioning.sandbox.invalid", captured.EnvelopeFrom);
        Assert.Equal(["admin@city.chiyoda.lg.jp", "sub@city.chiyoda.lg.jp"], captured.EnvelopeRecipients);
        using var parsed = await MimeMessage.LoadAsync(new MemoryStream(captured.Raw), ct);
        Assert.Equal(mail.Subject, parsed.Subject);
        var alternative = Assert.IsType<MultipartAlternative>(parsed.Body);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
        Assert.Equal(mail.TextBody.Replace("\r\n", "\n", StringComparison.Ordinal), parts[0].Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("テナンシOCID", parts[1].Text, StringComparison.Ordinal);
        Assert.Contains("Tenancy OCID", parts[1].Text, StringComparison.Ordinal);
        Assert.Equal("ja, en", parsed.Body.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task A_refusal_with_4xx_is_transient_and_the_retry_is_delivered()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        using var services = Services(smtp.Port);
        var sender = services.GetRequiredService<IEmailSender>();
        var mail = new RequesterEmailComposer().ComposeRejection(Notices.Rejection());
        var ct = TestContext.Current.CancellationToken;
        smtp.RefuseNext(1);

        var first = await sender.SendAsync(mail, ct);
        var retry = await sender.SendAsync(mail, ct);

        Assert.Equal(EmailOutcomeKind.TransientFailure, first.Kind);
        Assert.Equal(451, first.SmtpStatus);
        Assert.Equal(EmailOutcome.Sent, retry);
        Assert.Single(smtp.Messages);
        Assert.Equal(1, smtp.RefusedCount);
    }

    [Fact]
    public async Task An_unknown_mailbox_is_a_permanent_failure_naming_the_address()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        smtp.AddUnknownMailbox("nobody@city.chiyoda.lg.jp");
        using var services = Services(smtp.Port);

        var outcome = await services.GetRequiredService<IEmailSender>().SendAsync(
            new RequesterEmailComposer().ComposeCompletion(Notices.Completion("nobody@city.chiyoda.lg.jp")), TestContext.Current.CancellationToken);

        Assert.Equal(EmailOutcomeKind.PermanentFailure, outcome.Kind);
        Assert.Equal(550, outcome.SmtpStatus);
        Assert.Contains("nobody@city.chiyoda.lg.jp", outcome.Detail, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task Connection_refused_is_transient()
    {
        int port;
        await using (var smtp = await SmtpSimulator.StartAsync())
        {
            port = smtp.Port;
        }

        using var services = Services(port);

        var outcome = await services.GetRequiredService<IEmailSender>().SendAsync(
            new RequesterEmailComposer().ComposeCompletion(Notices.Completion()), TestContext.Current.CancellationToken);

        Assert.Equal(EmailOutcomeKind.TransientFailure, outcome.Kind);
    }

    [Fact]
    public async Task A_malformed_recipient_is_permanent_before_any_connection()
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        using var services = Services(smtp.Port);

        var outcome = await services.GetRequiredService<IEmailSender>().SendAsync(
            new RequesterEmailComposer().ComposeCompletion(Notices.Completion("admin@@city.chiyoda.lg.jp")), TestContext.Current.CancellationToken);

        Assert.Equal(EmailOutcomeKind.PermanentFailure, outcome.Kind);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public void Missing_settings_are_reported_by_their_configuration_keys()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddEmail(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:UserName"] = "relay-user" }).Build())
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.Contains("Email:Host", error.Message, StringComparison.Ordinal);
        Assert.Contains("Email:From", error.Message, StringComparison.Ordinal);
        Assert.Contains("Email__Password", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(int port) =>
        new ServiceCollection().AddLogging()
            .AddEmail(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Email:Host"] = "127.0.0.1",
                ["Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:StartTls"] = "None",
                ["Email:From"] = "noreply@provisioning.sandbox.invalid",
                ["Email:Timeout"] = "00:00:20",
            }).Build())
            .BuildServiceProvider();
}
