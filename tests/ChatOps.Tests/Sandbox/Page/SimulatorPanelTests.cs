using System.Text.Json.Nodes;
using ChatOps.Sandbox.Gcas;
using ChatOps.Tests.Sandbox.Page.Support;
using ChatOps.Tests.Slack.Support;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace ChatOps.Tests.Sandbox.Page;

[Collection(SandboxBrowserCollection.Name)]
public class SimulatorPanelTests(SandboxBrowser browser)
{
    [Fact]
    public async Task The_gcas_panel_submits_a_valid_and_a_malformed_application_and_lists_the_status_events()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        await h.TestId("panel-link-gcas").ClickAsync();
        var panel = h.TestId("gcas-panel");
        await Expect(panel.GetByTestId("gcas-application")).ToHaveCountAsync(2);

        await panel.GetByTestId("gcas-sample").SelectOptionAsync("valid:0");
        await panel.GetByTestId("gcas-submit").ClickAsync();
        await Expect(panel.GetByTestId("gcas-application")).ToHaveCountAsync(3);
        await panel.GetByTestId("gcas-sample").SelectOptionAsync(new SelectOptionValue { Label = "mention injection" });
        await panel.GetByTestId("gcas-submit").ClickAsync();
        await Expect(panel.GetByTestId("gcas-application")).ToHaveCountAsync(4);

        var (stored, _) = h.World.Gcas.Store.List(null, 0, 100);
        var valid = stored[2];
        var malformed = stored[3];
        Assert.Equal("千代田区", JsonNode.Parse(valid.RawJson)!["organization"]!["name"]!.GetValue<string>());
        Assert.Contains("<!channel>", JsonNode.Parse(malformed.RawJson)!["system"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual("GCAS-2026-000123", valid.ApplicationId);
        var shown = panel.Locator($"[data-application-id='{malformed.ApplicationId}']");
        await Expect(shown.GetByTestId("gcas-defect")).ToHaveTextAsync("mention injection");
        await Expect(shown).ToContainTextAsync("<!channel> 至急 <@U0123ABCD>");
        await Expect(shown.GetByTestId("mention")).ToHaveCountAsync(0);

        h.World.Gcas.Store.Record(new RecordedStatusEvent(malformed.ApplicationId, "key-1", 1, "rejected",
            """{"sequence":1,"status":"rejected","occurredAt":"2026-12-01T09:00:00+09:00","reasons":["system name contains a mention"]}""",
            DateTimeOffset.UnixEpoch));

        await Expect(shown.GetByTestId("gcas-status")).ToHaveTextAsync("rejected");
        await Expect(shown.GetByTestId("gcas-event")).ToContainTextAsync("#1 rejected");
        await Expect(shown.GetByTestId("gcas-event-detail")).ToHaveTextAsync("system name contains a mention");
    }

    [Fact]
    public async Task The_oci_panel_arms_faults_in_the_simulator_and_lists_the_tenancies()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        await h.TestId("panel-link-oci").ClickAsync();
        var panel = h.TestId("oci-panel");
        await Expect(panel.GetByTestId("oci-tenancy")).ToHaveCountAsync(1);
        await Expect(panel.GetByTestId("oci-tenancy")).ToHaveAttributeAsync("data-state", "ACTIVE");
        await Expect(panel.GetByTestId("oci-region")).ToHaveTextAsync(["ap-tokyo-1", "ap-osaka-1"]);

        await panel.GetByTestId("oci-fault-count").FillAsync("2");
        await panel.GetByTestId("oci-fault-server-errors").ClickAsync();
        await Expect(panel.GetByTestId("oci-armed-fault")).ToHaveCountAsync(1);

        Assert.Equal(500, await OciProbe.GetTenancyStatusAsync(h.World, ct));
        Assert.Equal(500, await OciProbe.GetTenancyStatusAsync(h.World, ct));
        Assert.Equal(200, await OciProbe.GetTenancyStatusAsync(h.World, ct));

        await panel.GetByTestId("oci-fault-count").FillAsync("");
        await panel.GetByTestId("oci-fault-throttle").ClickAsync();
        await Expect(panel.Locator("[data-testid='oci-armed-fault'][data-kind='throttle']")).ToContainTextAsync("×20");
        Assert.Equal(429, await OciProbe.GetTenancyStatusAsync(h.World, ct));
        await panel.GetByTestId("oci-faults-clear").ClickAsync();
        await Expect(panel.GetByTestId("oci-armed-fault")).ToHaveCountAsync(0);
        Assert.Equal(200, await OciProbe.GetTenancyStatusAsync(h.World, ct));
    }

    [Fact]
    public async Task The_mail_panel_lists_a_mail_as_the_smtp_simulator_captures_it()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        await h.TestId("panel-link-mail").ClickAsync();
        await Expect(h.TestId("mail-panel")).ToContainTextAsync("No e-mail sent yet.");

        using (var message = new MimeMessage())
        {
            message.From.Add(new MailboxAddress("払い出し", "noreply@provisioning.sandbox.invalid"));
            message.To.Add(new MailboxAddress("", "admin@city.chiyoda.lg.jp"));
            message.Subject = "【完了】GCAS-2026-000123 の環境を払い出しました";
            message.Body = new TextPart("plain") { Text = "テナンシー <ocid1.tenancy.oc1..x> を作成しました。" };
            using var client = new SmtpClient();
            await client.ConnectAsync(h.World.Smtp.Host, h.World.Smtp.Port, SecureSocketOptions.None, ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }

        var item = h.TestId("mail-item");
        await Expect(item.GetByTestId("mail-subject")).ToHaveTextAsync("【完了】GCAS-2026-000123 の環境を払い出しました");
        await Expect(item.GetByTestId("mail-to")).ToHaveTextAsync("admin@city.chiyoda.lg.jp");
        await Expect(item.GetByTestId("mail-text")).ToContainTextAsync("テナンシー <ocid1.tenancy.oc1..x> を作成しました。");
    }
}
