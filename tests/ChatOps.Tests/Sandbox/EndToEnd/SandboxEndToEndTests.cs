using System.Text.RegularExpressions;
using ChatOps.Tests.Sandbox.Page.Support;
using ChatOps.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatOps.Tests.Sandbox.EndToEnd;

/// <summary>
/// The embedded default as a newcomer meets it: the real bot in sandbox mode and its page in headless Chromium.
/// Everything happens by clicking in the page, as people would in Slack.
/// </summary>
[Collection(SandboxBrowserCollection.Name)]
public partial class SandboxEndToEndTests(SandboxBrowser browser)
{
    [Fact]
    public async Task An_application_is_submitted_approved_its_credentials_confirmed_in_the_modal_and_the_card_reaches_completed()
    {
        await using var host = await StartBotAsync();
        var page = await OpenAsync(host);

        await SubmitSampleAsync(page, "valid:0");
        var card = Card(page);
        await Expect(card.GetByTestId("block-header")).ToContainTextAsync("Awaiting approval", new() { Timeout = 60_000 });

        await card.Locator("[data-testid=button][data-action-id='request.approve']").ClickAsync();
        await Expect(page.GetByTestId("confirm-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        var credentials = card.Locator("[data-testid=button][data-action-id='request.credentials']");
        await Expect(credentials).ToBeVisibleAsync(new() { Timeout = 60_000 });

        // Credentials are an operator's step; the modal shows the exact statements for each child tenancy.
        await page.GetByTestId("user-switcher").SelectOptionAsync(host.Sandbox.World.Cast.Operator.Id);
        await credentials.ClickAsync();
        var modal = page.GetByTestId("modal");
        await Expect(modal).ToBeVisibleAsync();
        var blocks = await modal.GetByTestId("code-block").AllTextContentsAsync();
        Assert.True(blocks.Count >= 2 && blocks.Count % 2 == 0, string.Join(" | ", blocks));
        await page.GetByTestId("modal-close").ClickAsync();

        // Play the child tenancy's administrator: paste those statements in the OCI console (the sandbox's OCI panel).
        await page.GetByTestId("panel-link-oci").ClickAsync();
        var forms = page.GetByTestId("oci-access");
        await Expect(forms).ToHaveCountAsync(blocks.Count / 2);
        for (var i = 0; i < blocks.Count / 2; i++)
        {
            var form = forms.Nth(i);
            await form.Locator("summary").ClickAsync();
            var tenancyId = await form.Locator("xpath=..").Locator("code").First.TextContentAsync();
            var pair = Enumerable.Range(0, blocks.Count / 2).Single(k => blocks[(2 * k) + 1].Contains(tenancyId!, StringComparison.Ordinal));
            await form.GetByTestId("oci-child-statements").FillAsync(blocks[2 * pair]);
            await form.GetByTestId("oci-parent-statements").FillAsync(blocks[(2 * pair) + 1]);
            await form.GetByTestId("oci-apply-policies").ClickAsync();
            await Expect(page.GetByTestId("oci-access").Nth(i)).ToHaveAttributeAsync("data-granted", "true");
        }

        await page.GetByTestId("drawer-close").ClickAsync();
        await credentials.ClickAsync();
        await Expect(modal).ToBeVisibleAsync();
        await modal.GetByTestId("checkbox-option").First.ClickAsync();
        await modal.GetByTestId("modal-submit").ClickAsync();

        await Expect(card.GetByTestId("block-header")).ToContainTextAsync("Completed", new() { Timeout = 90_000 });
        await Expect(card.GetByTestId("button")).ToHaveCountAsync(0);
        await card.GetByTestId("thread-open").ClickAsync();
        await Expect(page.GetByTestId("thread-replies")).ToContainTextAsync(host.Sandbox.World.Cast.Operator.User.Name);
    }

    [Fact]
    public async Task A_malformed_application_is_rejected_and_its_reasons_are_shown()
    {
        await using var host = await StartBotAsync();
        var page = await OpenAsync(host);

        await page.GetByTestId("panel-link-gcas").ClickAsync();
        var option = page.GetByTestId("gcas-sample").Locator("option", new() { HasTextRegex = CheckDigit() });
        await SubmitSampleAsync(page, (await option.GetAttributeAsync("value"))!);

        var card = Card(page);
        await Expect(card.GetByTestId("block-header")).ToContainTextAsync("Rejected", new() { Timeout = 60_000 });
        await Expect(card.GetByTestId("button")).ToHaveCountAsync(0);
        await card.GetByTestId("thread-open").ClickAsync();
        await Expect(page.GetByTestId("thread-replies")).ToContainTextAsync("organization.lgCode");
        await Expect(page.GetByTestId("thread-replies")).ToContainTextAsync("check digit");
    }

    [GeneratedRegex("check digit", RegexOptions.IgnoreCase)]
    private static partial Regex CheckDigit();

    private static ILocator Card(IPage page) => page.GetByTestId("channel-messages").GetByTestId("message").First;

    private static async Task<BotHost> StartBotAsync()
    {
        var settings = SandboxFlow.FastSettings();
        settings["Slack:Language"] = "en";
        settings["Sandbox:SeededApplications"] = "0";
        // The credential step waits for the operator here: no automatic re-check between applying and confirming.
        settings["Workflow:Steps:AwaitingCredentials:PollInterval"] = "01:00:00";
        return await BotHost.StartAsync(settings);
    }

    private async Task<IPage> OpenAsync(BotHost host)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Sandbox.Page.LoopbackUrl.ToString());
        await Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "live");
        return page;
    }

    private static async Task SubmitSampleAsync(IPage page, string sample)
    {
        await page.GetByTestId("panel-link-gcas").ClickAsync();
        await page.GetByTestId("gcas-sample").SelectOptionAsync(sample);
        await page.GetByTestId("gcas-submit").ClickAsync();
        await page.GetByTestId("drawer-close").ClickAsync();
    }
}
