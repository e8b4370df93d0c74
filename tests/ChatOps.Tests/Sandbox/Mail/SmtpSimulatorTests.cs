using System.Text;
using ChatOps.Sandbox.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace ChatOps.Tests.Sandbox.Mail;

public class SmtpSimulatorTests
{
    [Theory]
    [InlineData(ContentEncoding.Base64)]
    [InlineData(ContentEncoding.QuotedPrintable)]
    public async Task Captures_and_decodes_a_japanese_multipart_message(ContentEncoding encoding)
    {
        await using var smtp = await SmtpSimulator.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("送信者", "from@sandbox.invalid"));
        message.To.Add(new MailboxAddress("", "to@sandbox.invalid"));
        message.Subject = "【テスト】日本語の件名 / English subject";
        var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = encoding };
        text.SetText(Encoding.UTF8, "本文です。\nBody text.");
        var html = new TextPart(TextFormat.Html) { ContentTransferEncoding = encoding };
        html.SetText(Encoding.UTF8, "<p>本文です。</p>");
        message.Body = new MultipartAlternative { text, html };

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.None, ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }

        var captured = await smtp.WaitForMessageAsync(m => m.EnvelopeRecipients.Contains("to@sandbox.invalid"), ct);
        Assert.Equal("【テスト】日本語の件名 / English subject", captured.Subject);
        Assert.Equal("本文です。\nBody text.", captured.TextBody!.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        Assert.Equal("<p>本文です。</p>", captured.HtmlBody!.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        Assert.Equal("from@sandbox.invalid", captured.EnvelopeFrom);
    }
}
