using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Events;

namespace ChatOps.Tests.Views;

public class ThreadLineTests
{
    private static readonly DateTimeOffset At = Requests.Start;
    private static readonly Actor Alice = Actor.Human("U0ALICE001", "Alice <!here>");

    [Fact]
    public void Who_did_what_is_told_with_the_name_escaped()
    {
        var line = ThreadLine.Render(new RequestEvent("PR-7", RequestEventKind.Transitioned, At, Alice, RequestState.AwaitingApproval, RequestState.CreatingTenancy, Trigger.Approve), ChatTexts.English);

        Assert.Equal("👍 Approved by Alice &lt;!here&gt;.", line.Text);
    }

    [Fact]
    public void A_step_finishing_names_both_steps_and_a_note_follows()
    {
        var line = ThreadLine.Render(new RequestEvent("PR-7", RequestEventKind.Transitioned, At, Actor.Bot, RequestState.AwaitingCredentials, RequestState.ApplyingTemplate,
            Trigger.CredentialsVerified, "bob さんの設定を確認しました / access verified after bob confirmed"), ChatTexts.Japanese);

        Assert.Equal("✅ 子テナンシへのアクセスを確認しました → テンプレート適用中\n💬 bob さんの設定を確認しました", line.Text);
    }

    [Fact]
    public void A_failure_carries_the_OCI_code_message_and_request_id()
    {
        var error = new StepError("LimitExceeded", "child tenancy limit reached", "A1B2C3", 400, "Organizations");

        var line = ThreadLine.Render(new RequestEvent("PR-7", RequestEventKind.Transitioned, At, Actor.Bot, RequestState.CreatingTenancy, RequestState.Failed, Trigger.Fail, Error: error), ChatTexts.English);

        Assert.Equal("❌ Child tenancy creation failed: Organizations `LimitExceeded` (HTTP 400): child tenancy limit reached (opc-request-id: `A1B2C3`)\nUse Retry to resume.", line.Text);
    }

    [Fact]
    public void A_scheduled_retry_gives_the_next_attempt_in_JST_for_Japanese()
    {
        var e = new RequestEvent("PR-7", RequestEventKind.RetryScheduled, At, Actor.Bot, RequestState.ActivatingRegions, RequestState.ActivatingRegions,
            Error: new StepError("TooManyRequests", "throttled", "X9", 429, "Identity"), Attempt: 3, NextAttemptAt: new DateTimeOffset(2026, 12, 1, 16, 5, 0, TimeSpan.Zero));

        Assert.Equal(
            "⚠️ リージョン有効化中: 3 回目の試行が失敗しました: Identity `TooManyRequests` (HTTP 429): throttled (opc-request-id: `X9`)\n次の自動再試行: 2026-12-02 01:05 JST",
            ThreadLine.Render(e, ChatTexts.Japanese).Text);
    }

    [Fact]
    public void A_refused_application_lists_its_problems_in_the_configured_language()
    {
        var e = new RequestEvent("PR-7", RequestEventKind.Transitioned, At, Actor.Bot, RequestState.Received, RequestState.Rejected, Trigger.RejectInvalid,
            Problems: [new ValidationProblem("organization.lgCode", "団体コードの検査数字が正しくありません。", "The check digit is wrong.")]);

        Assert.Equal("🚫 The application was refused because of these problems:\n• `organization.lgCode` The check digit is wrong.", ThreadLine.Render(e, ChatTexts.English).Text);
        Assert.EndsWith("• `organization.lgCode` 団体コードの検査数字が正しくありません。", ThreadLine.Render(e, ChatTexts.Japanese).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_step_says_the_environment_is_handed_over()
    {
        var e = new RequestEvent("PR-7", RequestEventKind.Transitioned, At, Actor.Bot, RequestState.ReportingToGcas, RequestState.Completed, Trigger.Reported);

        Assert.Equal("🎉 GCASへの報告 が終わり、環境を引き渡しました。", ThreadLine.Render(e, ChatTexts.Japanese).Text);
    }
}
