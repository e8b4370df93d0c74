using System.Text.Json.Nodes;
using ChatOps.Tests.Sandbox.Page.Support;
using ChatOps.Tests.Slack.Support;
using static Microsoft.Playwright.Assertions;

namespace ChatOps.Tests.Sandbox.Page;

[Collection(SandboxBrowserCollection.Name)]
public class ChannelViewTests(SandboxBrowser browser)
{
    [Fact]
    public async Task A_bot_message_appears_live_rendered_from_its_blocks_and_an_update_replaces_it_in_place()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);

        var ts = await h.Bot.PostAsync(h.Provisioning, PageHarness.Blocks("""
            [
              {"type":"header","text":{"type":"plain_text","text":"申請 GCAS-2026-000123"}},
              {"type":"section","text":{"type":"mrkdwn","text":"*承認待ち* _pending_ ~old~ `req-1` &lt;img src=x onerror=alert(1)&gt; &amp; <https://example.com/req|詳細>"},
               "fields":[{"type":"mrkdwn","text":"*組織*\n千代田区"},{"type":"mrkdwn","text":"*状態*\nAwaitingApproval"}]},
              {"type":"context","elements":[{"type":"mrkdwn","text":"<@U0APPROVE1> reviewing, <javascript:alert(1)|not a link>"}]},
              {"type":"divider"},
              {"type":"section","text":{"type":"mrkdwn","text":"```line1\n&lt;b&gt;not bold&lt;/b&gt;```"}}
            ]
            """), "申請 GCAS-2026-000123", null, ct);

        var message = h.Message(ts);
        await Expect(message.GetByTestId("block-header")).ToHaveTextAsync("申請 GCAS-2026-000123");
        await Expect(message.Locator("b").First).ToHaveTextAsync("承認待ち");
        await Expect(message.Locator("i")).ToHaveTextAsync("pending");
        await Expect(message.Locator("s")).ToHaveTextAsync("old");
        await Expect(message.Locator("code")).ToHaveTextAsync("req-1");
        await Expect(message.GetByTestId("section-text").First).ToContainTextAsync("<img src=x onerror=alert(1)> & 詳細");
        await Expect(message.GetByTestId("link")).ToHaveCountAsync(1);
        await Expect(message.GetByTestId("link")).ToHaveAttributeAsync("href", "https://example.com/req");
        await Expect(message.GetByTestId("section-field")).ToHaveCountAsync(2);
        await Expect(message.GetByTestId("mention")).ToHaveTextAsync("@Aiko Sato");
        await Expect(message.GetByTestId("block-context")).ToContainTextAsync("not a link");
        await Expect(message.GetByTestId("block-divider")).ToHaveCountAsync(1);
        await Expect(message.GetByTestId("code-block")).ToHaveTextAsync("line1\n<b>not bold</b>");
        await Expect(message.Locator("img")).ToHaveCountAsync(0);

        await h.Bot.CallAsync("chat.update", new JsonObject
        {
            ["channel"] = h.Provisioning,
            ["ts"] = ts,
            ["text"] = "approved",
            ["blocks"] = PageHarness.Blocks("""[{"type":"header","text":{"type":"plain_text","text":"申請 GCAS-2026-000123 — 承認済み"}}]"""),
        }, ct);

        await Expect(message.GetByTestId("block-header")).ToHaveTextAsync("申請 GCAS-2026-000123 — 承認済み");
        await Expect(message.GetByTestId("message-edited")).ToBeVisibleAsync();
        await Expect(message.GetByTestId("block-section")).ToHaveCountAsync(0);
        await Expect(h.Messages.GetByTestId("message")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_thread_reply_appears_in_the_thread_panel_and_not_in_the_channel()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        var parent = await h.Bot.PostAsync(h.Provisioning, null, "*Request 7* received", null, ct);
        await h.Bot.PostAsync(h.Provisioning, null, "Approved by <@U0APPROVE1>", parent, ct);

        await h.Message(parent).GetByTestId("thread-open").ClickAsync();
        var thread = h.TestId("thread-panel");
        await Expect(thread.GetByTestId("thread-parent")).ToContainTextAsync("Request 7 received");
        await Expect(thread.GetByTestId("thread-replies").GetByTestId("message")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Approved by @Aiko Sato"));

        await h.Bot.PostAsync(h.Provisioning, null, "Tenancy creation started", parent, ct);

        await Expect(thread.GetByTestId("thread-replies").GetByTestId("message")).ToHaveCountAsync(2);
        await Expect(thread.GetByTestId("thread-replies").GetByTestId("message").Nth(1)).ToContainTextAsync("Tenancy creation started");
        await Expect(h.Message(parent).GetByTestId("thread-open")).ToHaveTextAsync("2 replies");
        await Expect(h.Messages.GetByTestId("message")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_button_with_a_confirm_dialog_delivers_block_actions_only_after_confirming()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        var ts = await h.Bot.PostAsync(h.Provisioning, PageHarness.Blocks("""
            [
              {"type":"section","text":{"type":"mrkdwn","text":"Request 7 awaits approval"}},
              {"type":"actions","block_id":"decide","elements":[
                {"type":"button","action_id":"approve","value":"req-7","style":"primary","text":{"type":"plain_text","text":"承認"},
                 "confirm":{"title":{"type":"plain_text","text":"承認しますか?"},"text":{"type":"mrkdwn","text":"Approve *req-7*?"},
                            "confirm":{"type":"plain_text","text":"承認する"},"deny":{"type":"plain_text","text":"戻る"},"style":"danger"}},
                {"type":"button","action_id":"reject","value":"req-7","style":"danger","text":{"type":"plain_text","text":"却下"}}
              ]}
            ]
            """), "Request 7", null, ct);
        var approve = h.Message(ts).Locator("[data-action-id='approve']");
        var dialog = h.TestId("confirm-dialog");

        await Expect(approve).ToHaveAttributeAsync("data-style", "primary");
        await approve.ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("confirm-title")).ToHaveTextAsync("承認しますか?");
        await Expect(dialog.GetByTestId("confirm-text")).ToHaveTextAsync("Approve req-7?");
        await Expect(dialog.GetByTestId("confirm-ok")).ToHaveTextAsync("承認する");
        await Expect(dialog.GetByTestId("confirm-ok")).ToHaveAttributeAsync("data-style", "danger");
        await dialog.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await approve.ClickAsync();
        await dialog.GetByTestId("confirm-ok").ClickAsync();
        var first = (await h.Bot.NextAsync("interactive", ct))["payload"]!;
        await h.Message(ts).Locator("[data-action-id='reject']").ClickAsync();
        var second = (await h.Bot.NextAsync("interactive", ct))["payload"]!;

        // The cancelled click sent nothing: the first delivery is the confirmed one, the next is the reject.
        Assert.Equal("block_actions", first["type"]!.GetValue<string>());
        Assert.Equal(h.World.Cast.Approver1.Id, first["user"]!["id"]!.GetValue<string>());
        Assert.Equal(("approve", "req-7", "decide"), (first["actions"]![0]!["action_id"]!.GetValue<string>(), first["actions"]![0]!["value"]!.GetValue<string>(), first["actions"]![0]!["block_id"]!.GetValue<string>()));
        Assert.Equal((ts, h.Provisioning), (first["container"]!["message_ts"]!.GetValue<string>(), first["channel"]!["id"]!.GetValue<string>()));
        Assert.Equal("reject", second["actions"]![0]!["action_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Switching_the_user_changes_who_the_bot_hears_from()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        var ts = await h.Bot.PostAsync(h.Provisioning, PageHarness.Blocks("""
            [{"type":"actions","elements":[{"type":"button","action_id":"retry","value":"req-9","text":{"type":"plain_text","text":"Retry"}}]}]
            """), "Request 9 failed", null, ct);

        await h.TestId("user-switcher").SelectOptionAsync(h.World.Cast.Operator.Id);
        await Expect(h.TestId("current-user")).ToHaveTextAsync("Mika Tanaka (operator)");
        await h.Message(ts).Locator("[data-action-id='retry']").ClickAsync();
        var asOperator = (await h.Bot.NextAsync("interactive", ct))["payload"]!;
        await h.TestId("user-switcher").SelectOptionAsync(h.World.Cast.Outsider.Id);
        await h.Message(ts).Locator("[data-action-id='retry']").ClickAsync();
        var asOutsider = (await h.Bot.NextAsync("interactive", ct))["payload"]!;

        Assert.Equal(h.World.Cast.Operator.Id, asOperator["user"]!["id"]!.GetValue<string>());
        Assert.Equal(h.World.Cast.Outsider.Id, asOutsider["user"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_command_box_delivers_a_slash_command_and_shows_the_ack_reply_only_to_its_user()
    {
        var ct = Deadline.Token(90);
        await using var h = await PageHarness.StartAsync(browser, ct);
        h.Bot.Answer = envelope => envelope["type"]!.GetValue<string>() == "slash_commands"
            ? new JsonObject { ["text"] = "Request *42* is `AwaitingApproval`" }
            : null;

        await h.TestId("composer-input").FillAsync("/provision status 42");
        await h.TestId("composer-input").PressAsync("Enter");
        var command = (await h.Bot.NextAsync("slash_commands", ct))["payload"]!;

        Assert.Equal(("/provision", "status 42"), (command["command"]!.GetValue<string>(), command["text"]!.GetValue<string>()));
        Assert.Equal((h.World.Cast.Approver1.Id, h.Provisioning), (command["user_id"]!.GetValue<string>(), command["channel_id"]!.GetValue<string>()));
        var reply = h.Messages.GetByTestId("ephemeral");
        await Expect(reply).ToContainTextAsync("Request 42 is AwaitingApproval");
        await Expect(reply.GetByTestId("ephemeral-label")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Only visible to you"));
        await Expect(reply.Locator("b")).ToHaveTextAsync("42");

        await h.TestId("user-switcher").SelectOptionAsync(h.World.Cast.Approver2.Id);
        await Expect(h.Messages.GetByTestId("ephemeral")).ToHaveCountAsync(0);
    }
}
