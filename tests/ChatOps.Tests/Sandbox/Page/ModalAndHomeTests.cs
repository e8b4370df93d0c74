using System.Text.Json.Nodes;
using ChatOps.Tests.Sandbox.Page.Support;
using ChatOps.Tests.Slack.Support;
using static Microsoft.Playwright.Assertions;

namespace ChatOps.Tests.Sandbox.Page;

[Collection(SandboxBrowserCollection.Name)]
public class ModalAndHomeTests(SandboxBrowser browser)
{
    private const string CredentialsModal = """
        {"type":"modal","callback_id":"credentials","title":{"type":"plain_text","text":"認証情報の確認"},
         "submit":{"type":"plain_text","text":"確認"},"close":{"type":"plain_text","text":"キャンセル"},
         "blocks":[
           {"type":"section","text":{"type":"mrkdwn","text":"Confirm the credentials for *req-7*."}},
           {"type":"input","block_id":"ocid","label":{"type":"plain_text","text":"User OCID"},
            "element":{"type":"plain_text_input","action_id":"ocid_input","placeholder":{"type":"plain_text","text":"ocid1.user..."}}},
           {"type":"input","block_id":"note","optional":true,"label":{"type":"plain_text","text":"Note"},
            "element":{"type":"plain_text_input","action_id":"note_input","multiline":true}},
           {"type":"input","block_id":"checks","label":{"type":"plain_text","text":"Checks"},
            "element":{"type":"checkboxes","action_id":"checks_input","options":[
              {"text":{"type":"plain_text","text":"Policy applied"},"value":"policy"},
              {"text":{"type":"mrkdwn","text":"*MFA* enabled"},"value":"mfa"}]}}
         ]}
        """;

    [Fact]
    public async Task A_modal_refuses_empty_inputs_shows_the_bots_errors_inline_and_submits_the_values()
    {
        var ct = Deadline.Token(120);
        await using var h = await PageHarness.StartAsync(browser, ct);
        var ts = await h.Bot.PostAsync(h.Provisioning, PageHarness.Blocks("""
            [{"type":"actions","elements":[{"type":"button","action_id":"confirm_credentials","value":"req-7","text":{"type":"plain_text","text":"認証情報を確認"}}]}]
            """), "Request 7", null, ct);

        await h.Message(ts).Locator("[data-action-id='confirm_credentials']").ClickAsync();
        var click = (await h.Bot.NextAsync("interactive", ct))["payload"]!;
        await h.Bot.CallAsync("views.open", new JsonObject { ["trigger_id"] = click["trigger_id"]!.GetValue<string>(), ["view"] = JsonNode.Parse(CredentialsModal) }, ct);
        var modal = h.TestId("modal");
        await Expect(modal.GetByTestId("modal-title")).ToHaveTextAsync("認証情報の確認");

        await modal.GetByTestId("modal-submit").ClickAsync();
        await Expect(modal.Locator("[data-testid='input-error'][data-block-id='ocid']")).ToHaveTextAsync("Please fill out this field.");
        await Expect(modal.Locator("[data-testid='input-error'][data-block-id='checks']")).ToBeVisibleAsync();
        await Expect(modal.Locator("[data-testid='input-error'][data-block-id='note']")).ToBeHiddenAsync();

        h.Bot.Answer = envelope => envelope["payload"]?["type"]?.GetValue<string>() == "view_submission"
            ? new JsonObject { ["response_action"] = "errors", ["errors"] = new JsonObject { ["ocid"] = "Not a user OCID" } }
            : null;
        await modal.Locator("input[data-action-id='ocid_input']").FillAsync("bad");
        await modal.Locator("[data-testid='checkbox-option'][data-value='policy']").CheckAsync();
        await modal.GetByTestId("modal-submit").ClickAsync();
        var refused = (await h.Bot.NextAsync("interactive", ct))["payload"]!;
        await Expect(modal.Locator("[data-testid='input-error'][data-block-id='ocid']")).ToHaveTextAsync("Not a user OCID");
        await Expect(modal.Locator("[data-testid='input-error'][data-block-id='checks']")).ToBeHiddenAsync();

        h.Bot.Answer = envelope => envelope["payload"]?["type"]?.GetValue<string>() == "view_submission"
            ? new JsonObject { ["response_action"] = "update", ["view"] = JsonNode.Parse("""
                {"type":"modal","callback_id":"credentials_done","title":{"type":"plain_text","text":"確認しました"},
                 "close":{"type":"plain_text","text":"閉じる"},"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"Thanks!"}}]}
                """) }
            : null;
        await modal.Locator("input[data-action-id='ocid_input']").FillAsync("ocid1.user.oc1..good");
        await modal.Locator("textarea[data-action-id='note_input']").FillAsync("line 1\nline 2");
        await modal.Locator("[data-testid='checkbox-option'][data-value='mfa']").CheckAsync();
        await modal.GetByTestId("modal-submit").ClickAsync();
        var accepted = (await h.Bot.NextAsync("interactive", ct))["payload"]!;
        await Expect(modal.GetByTestId("modal-title")).ToHaveTextAsync("確認しました");
        await modal.GetByTestId("modal-close").ClickAsync();
        await Expect(h.TestId("modal")).ToHaveCountAsync(0);

        // The empty submission never left the page: the first one the bot saw carried "bad".
        Assert.Equal(("view_submission", "credentials"), (refused["type"]!.GetValue<string>(), refused["view"]!["callback_id"]!.GetValue<string>()));
        Assert.Equal("bad", refused["view"]!["state"]!["values"]!["ocid"]!["ocid_input"]!["value"]!.GetValue<string>());
        var values = accepted["view"]!["state"]!["values"]!;
        Assert.Equal(h.World.Cast.Approver1.Id, accepted["user"]!["id"]!.GetValue<string>());
        Assert.Equal("ocid1.user.oc1..good", values["ocid"]!["ocid_input"]!["value"]!.GetValue<string>());
        Assert.Equal("line 1\nline 2", values["note"]!["note_input"]!["value"]!.GetValue<string>());
        Assert.Equal(["policy", "mfa"], values["checks"]!["checks_input"]!["selected_options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
        Assert.Empty(h.World.Slack.Views.OpenModals(h.World.Cast.Approver1.Id));
    }

    [Fact]
    public async Task App_home_opens_for_the_current_user_renders_the_published_view_and_its_buttons_work()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        await h.TestId("user-switcher").SelectOptionAsync(h.World.Cast.Approver2.Id);

        await h.TestId("home-link").ClickAsync();
        var opened = (await h.Bot.NextAsync("events_api", ct))["payload"]!["event"]!;
        Assert.Equal(("app_home_opened", h.World.Cast.Approver2.Id), (opened["type"]!.GetValue<string>(), opened["user"]!.GetValue<string>()));
        await Expect(h.TestId("home-empty")).ToBeVisibleAsync();
        await h.Bot.CallAsync("views.publish", new JsonObject
        {
            ["user_id"] = h.World.Cast.Approver2.Id,
            ["view"] = JsonNode.Parse("""
                {"type":"home","blocks":[
                  {"type":"header","text":{"type":"plain_text","text":"あなたの承認待ち"}},
                  {"type":"section","text":{"type":"mrkdwn","text":"*2* requests wait for you"},
                   "accessory":{"type":"button","action_id":"home_refresh","value":"refresh","text":{"type":"plain_text","text":"更新"}}}
                ]}
                """),
        }, ct);

        var home = h.TestId("home-view");
        await Expect(home.GetByTestId("block-header")).ToHaveTextAsync("あなたの承認待ち");
        await home.Locator("[data-action-id='home_refresh']").ClickAsync();
        var click = (await h.Bot.NextAsync("interactive", ct))["payload"]!;

        var published = h.World.Slack.Views.Home(h.World.Cast.Approver2.Id)!;
        Assert.Equal(("view", published.Id), (click["container"]!["type"]!.GetValue<string>(), click["container"]!["view_id"]!.GetValue<string>()));
        Assert.Equal(("home_refresh", h.World.Cast.Approver2.Id), (click["actions"]![0]!["action_id"]!.GetValue<string>(), click["user"]!["id"]!.GetValue<string>()));
        await Expect(h.TestId("composer")).ToBeHiddenAsync();
    }
}
