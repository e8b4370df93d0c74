using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Chat.Support;

namespace ChatOps.Tests.Views;

public class RequestCardTests
{
    private static readonly DateTimeOffset Now = Requests.Start.AddHours(2).AddMinutes(5);

    [Theory]
    [InlineData(RequestState.Received, new[] { CancelButton.ActionId })]
    [InlineData(RequestState.AwaitingApproval, new[] { ApproveButton.ActionId, RejectButton.ActionId, CancelButton.ActionId })]
    [InlineData(RequestState.CreatingTenancy, new[] { CancelButton.ActionId })]
    [InlineData(RequestState.AwaitingCredentials, new[] { CredentialsButton.ActionId, CancelButton.ActionId })]
    [InlineData(RequestState.Failed, new[] { RetryButton.ActionId, CancelButton.ActionId })]
    [InlineData(RequestState.Completed, new string[0])]
    [InlineData(RequestState.Rejected, new string[0])]
    [InlineData(RequestState.Cancelled, new string[0])]
    public void Only_the_buttons_that_apply_to_the_state_are_shown_each_carrying_only_the_request_id(RequestState state, string[] expected)
    {
        var blocks = Blocks(RequestCard.Render(Requests.In(state, failedStep: RequestState.CreatingTenancy), ChatTexts.English, Now));

        Assert.Equal(expected, BlockJson.ActionIds(blocks));
        Assert.All(BlockJson.Buttons(blocks), b => Assert.Equal("PR-7", b.Value));
    }

    [Fact]
    public void Approve_asks_for_confirmation_and_cancel_is_dangerous_and_asks_too()
    {
        var buttons = Blocks(RequestCard.Render(Requests.In(RequestState.AwaitingApproval), ChatTexts.English, Now))
            .OfType<JsonObject>().Single(b => b["type"]!.GetValue<string>() == "actions")["elements"]!.AsArray();

        Assert.Equal("primary", buttons[0]!["style"]!.GetValue<string>());
        Assert.Equal("Approve the application", buttons[0]!["confirm"]!["title"]!["text"]!.GetValue<string>());
        Assert.Null(buttons[1]!["confirm"]);
        Assert.Equal("danger", buttons[2]!["style"]!.GetValue<string>());
        Assert.Equal("danger", buttons[2]!["confirm"]!["style"]!.GetValue<string>());
    }

    [Fact]
    public void The_card_shows_what_was_applied_for_the_state_and_the_elapsed_time()
    {
        var message = RequestCard.Render(Requests.In(RequestState.ActivatingRegions).ApprovedBy("Alice"), ChatTexts.English, Now);
        var text = BlockJson.Text(Blocks(message));

        Assert.Equal("PR-7 千代田区 · 住民記録システム: Activating regions", message.Text);
        foreach (var shown in new[]
        {
            "*Organisation*\n千代田区", "*Local government code*\n131016", "*System*\n住民記録システム", "*Usage mode*\nSingle use (単独利用)",
            "Production: `lg131016prd`\nStaging: `lg131016stg`", "*Regions*\nap-tokyo-1, ap-osaka-1", "*Admin e-mail*\nadmin@city.example.lg.jp",
            "*State*\nActivating regions", "*Elapsed*\n2 h 5 min", "Approved by Alice (2026-12-01 00:05 UTC)", "GCAS application `GCAS-7`",
        })
        {
            Assert.Contains(shown, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_checklist_marks_done_running_pending_and_where_it_stopped()
    {
        Assert.Equal(
            "✅ Intake and checks\n✅ Approval\n✅ Child tenancy creation\n⏳ Region activation\n⬜ Credential setup\n⬜ Mandatory template\n⬜ Report to GCAS\n⬜ Hand-over",
            StepChecklist.Render(Requests.In(RequestState.ActivatingRegions), ChatTexts.English));
        Assert.Equal(
            "✅ 受付・検証\n✅ 承認\n❌ 子テナンシ作成\n⬜ リージョン有効化\n⬜ 認証情報の設定\n⬜ 必須適用テンプレート\n⬜ GCASへの報告\n⬜ 引き渡し",
            StepChecklist.Render(Requests.In(RequestState.Failed, failedStep: RequestState.CreatingTenancy), ChatTexts.Japanese));
        Assert.Equal(
            ["✅", "❌", "⬜", "⬜", "⬜", "⬜"],
            StepChecklist.Marks(Requests.In(RequestState.Cancelled, UsageMode.Shared).Visited(RequestState.Cancelled)).Select(m => m.Mark));
        Assert.Equal(
            [RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingCompartment, RequestState.ApplyingTemplate, RequestState.ReportingToGcas, RequestState.Completed],
            StepChecklist.Marks(Requests.In(RequestState.Completed, UsageMode.Shared)).Select(m => m.Step));
        Assert.All(StepChecklist.Marks(Requests.In(RequestState.Completed)), m => Assert.Equal("✅", m.Mark));
    }

    [Fact]
    public void Outside_text_is_escaped_so_it_cannot_mention_everyone_or_forge_a_link()
    {
        var request = Requests.In(RequestState.Failed, failedStep: RequestState.ApplyingTemplate, organisation: "A&B <!channel> <https://evil.example|bank>") with
        {
            LastError = new StepError("NotAuthorizedOrNotFound", "denied <@U0ADMIN> & more", "opc-<1>", 404, "Identity"),
        };

        var text = BlockJson.Text(Blocks(RequestCard.Render(request, ChatTexts.English, Now)));

        Assert.Contains("A&amp;B &lt;!channel&gt; &lt;https://evil.example|bank&gt;", text, StringComparison.Ordinal);
        Assert.Contains("Identity `NotAuthorizedOrNotFound` (HTTP 404): denied &lt;@U0ADMIN&gt; &amp; more (opc-request-id: `opc-&lt;1&gt;`)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0ADMIN>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_waiting_for_its_next_automatic_attempt_says_when()
    {
        var request = Requests.In(RequestState.CreatingTenancy) with
        {
            Attempt = 2,
            DueAt = Requests.Start.AddHours(3),
            LastError = new StepError("TooManyRequests", "slow down", "req-9", 429, "Organizations"),
        };

        var text = BlockJson.Text(Blocks(RequestCard.Render(request, ChatTexts.Japanese, Now)));

        Assert.Contains("⚠️ 2 回目の試行が失敗しました: Organizations `TooManyRequests` (HTTP 429): slow down (opc-request-id: `req-9`)\n次の自動再試行: 2026-12-01 12:00 JST", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_application_shows_what_arrived_and_its_problems()
    {
        var request = new ProvisioningRequest
        {
            Id = "PR-8", Number = 8, GcasApplicationId = "GCAS-8", RawPayload = "{}", State = RequestState.Rejected, CreatedAt = Requests.Start,
            Summary = new ApplicationSummary("GCAS-8", "札幌市", "011002", null, "共同利用", "本番×1", "ap-tokyo-1", "not-an-email"),
            Problems = [new ValidationProblem("adminEmails[0]", "メールアドレスの形式が正しくありません。", "Not an e-mail address.")],
        };

        var text = BlockJson.Text(Blocks(RequestCard.Render(request, ChatTexts.English, Now)));

        Assert.Contains("*Organisation*\n札幌市", text, StringComparison.Ordinal);
        Assert.Contains("*System*\n—", text, StringComparison.Ordinal);
        Assert.Contains("*Usage mode*\n共同利用", text, StringComparison.Ordinal);
        Assert.Contains("• `adminEmails[0]` Not an e-mail address.", text, StringComparison.Ordinal);
        Assert.Contains("❌ Intake and checks", text, StringComparison.Ordinal);
    }

    internal static JsonArray Blocks(ChatOps.Bot.Slack.Blocks.SlackMessage message) =>
        JsonSerializer.SerializeToNode(message.Blocks, SlackJson.Options)!.AsArray();
}
