using ChatOps.Provisioning.Notifications.Email;

namespace ChatOps.Tests.Notifications.Email;

public class RequesterEmailComposerTests
{
    private readonly RequesterEmailComposer _composer = new();

    [Fact]
    public void Completion_lists_every_environment_in_japanese_first_then_english()
    {
        var mail = _composer.ComposeCompletion(Notices.Completion());

        var divider = mail.TextBody.IndexOf("English follows", StringComparison.Ordinal);
        Assert.True(divider > 0);
        var japanese = mail.TextBody[..divider];
        var english = mail.TextBody[divider..];
        Assert.Contains("千代田区 ご担当者様", japanese, StringComparison.Ordinal);
        Assert.Contains("払い出しが完了しました", japanese, StringComparison.Ordinal);
        Assert.Contains("【本番環境】", japanese, StringComparison.Ordinal);
        Assert.Contains("テナンシOCID: ocid1.tenancy.oc1..aaaaaaaastg", japanese, StringComparison.Ordinal);
        Assert.Contains("次の手順", japanese, StringComparison.Ordinal);
        Assert.Contains("Production (本番)", english, StringComparison.Ordinal);
        Assert.Contains("Tenancy name: chiyodajuminprod", english, StringComparison.Ordinal);
        Assert.Contains("Home region: ap-tokyo-1", english, StringComparison.Ordinal);
        Assert.Contains("Next steps", english, StringComparison.Ordinal);
        Assert.Equal(["admin@city.chiyoda.lg.jp"], mail.To);
    }

    [Fact]
    public void Subject_is_japanese_with_english_and_the_application_id()
    {
        var mail = _composer.ComposeCompletion(Notices.Completion());

        Assert.StartsWith("【ガバメントクラウド】OCI環境の払い出しが完了しました / ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("environment is ready", mail.Subject, StringComparison.Ordinal);
        Assert.EndsWith("(GCAS-2026-000123)", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_links_only_https_console_urls_and_marks_both_languages()
    {
        var notice = Notices.Completion() with
        {
            Tenancies = [.. Notices.Completion().Tenancies, new("開発", "ocid1.tenancy.oc1..dev", "chiyodadev", "ap-osaka-1", "javascript:alert(1)")],
        };

        var html = _composer.ComposeCompletion(notice).HtmlBody;

        Assert.Contains("<div lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://cloud.oracle.com/?tenant=chiyodajuminprod&amp;region=ap-tokyo-1\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<div lang=\"ja\">", StringComparison.Ordinal) < html.IndexOf("<div lang=\"en\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejection_gives_the_reasons_in_both_parts_and_escapes_html()
    {
        var mail = _composer.ComposeRejection(Notices.Rejection());

        Assert.StartsWith("【ガバメントクラウド】OCI環境の払い出し申請を差し戻しました / ", mail.Subject, StringComparison.Ordinal);
        var reason = Notices.Rejection().Reasons[0];
        var divider = mail.TextBody.IndexOf("English follows", StringComparison.Ordinal);
        Assert.Contains(reason, mail.TextBody[..divider], StringComparison.Ordinal);
        Assert.Contains(reason, mail.TextBody[divider..], StringComparison.Ordinal);
        Assert.Contains("差し戻しの理由", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("submit it again in GCAS", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_the_application_id_cannot_reach_the_subject_header()
    {
        var mail = _composer.ComposeRejection(Notices.Rejection() with { ApplicationId = "GCAS-1\r\nBcc: victim@example.jp" });

        Assert.DoesNotContain('\n', mail.Subject);
        Assert.DoesNotContain('\r', mail.Subject);
    }
}
