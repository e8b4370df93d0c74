namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>
/// Builds the e-mails to the requester. One body carries Japanese first and then English, as plain text and as
/// HTML in multipart/alternative: mail clients show exactly one alternative (usually the last they can render),
/// so language alternatives would hide one language, and RFC 8255 multipart/multilingual is rarely supported.
/// </summary>
public sealed class RequesterEmailComposer
{
    public EmailMessage ComposeCompletion(CompletionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var id = OneLine(notice.ApplicationId);
        var subject = $"【ガバメントクラウド】OCI環境の払い出しが完了しました / Your Government Cloud OCI environment is ready ({id})";
        List<EmailBlock> japanese =
        [
            EmailBlock.Paragraph($"{notice.OrganizationName} ご担当者様"),
            EmailBlock.Paragraph($"GCAS申請 {id}（{notice.SystemName}）について、ガバメントクラウド（OCI）環境の払い出しが完了しました。"),
            EmailBlock.Heading("払い出した環境"),
            .. notice.Tenancies.Select(t => EmailBlock.Table(
                EnvironmentJa(t.Environment),
                ("テナンシ名", t.TenancyName), ("テナンシOCID", t.TenancyId), ("ホームリージョン", t.HomeRegion), ("コンソール", t.ConsoleUrl))),
            EmailBlock.Heading("次の手順"),
            EmailBlock.List(
            [
                "管理者メールアドレス宛にOCIから届く案内に従い、初回サインインとパスワード設定を行ってください。",
                "管理者アカウントの多要素認証（MFA）を有効にしてください。",
                "必須適用テンプレートが作成したコンパートメント、グループ、ポリシー、タグは変更・削除しないでください。",
                "ご不明な点はGCASのお問い合わせからご連絡ください（申請番号をお書き添えください）。",
            ], numbered: true),
            EmailBlock.Paragraph("このメールは送信専用です。ご返信いただいてもお答えできません。"),
        ];
        List<EmailBlock> english =
        [
            EmailBlock.Paragraph($"Dear {notice.OrganizationName} team,"),
            EmailBlock.Paragraph($"The Government Cloud (OCI) environments for GCAS application {id} ({notice.SystemName}) have been provisioned."),
            EmailBlock.Heading("Your environments"),
            .. notice.Tenancies.Select(t => EmailBlock.Table(
                EnvironmentEn(t.Environment),
                ("Tenancy name", t.TenancyName), ("Tenancy OCID", t.TenancyId), ("Home region", t.HomeRegion), ("Console", t.ConsoleUrl))),
            EmailBlock.Heading("Next steps"),
            EmailBlock.List(
            [
                "Follow the message OCI sends to the administrator e-mail address to sign in for the first time and set a password.",
                "Turn on multi-factor authentication (MFA) for the administrator account.",
                "Do not change or delete the compartments, groups, policies and tags created by the mandatory template.",
                "For questions, contact us through GCAS and quote the application number.",
            ], numbered: true),
            EmailBlock.Paragraph("This message was sent automatically; replies are not read."),
        ];
        return new EmailMessage(notice.Recipients, subject, EmailRenderer.Text(japanese, english), EmailRenderer.Html(subject, japanese, english));
    }

    public EmailMessage ComposeRejection(RejectionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var id = OneLine(notice.ApplicationId);
        var subject = $"【ガバメントクラウド】OCI環境の払い出し申請を差し戻しました / Your Government Cloud OCI application was returned ({id})";
        List<EmailBlock> japanese =
        [
            EmailBlock.Paragraph($"{notice.OrganizationName} ご担当者様"),
            EmailBlock.Paragraph($"GCAS申請 {id}（{notice.SystemName}）は、次の理由により払い出しを行えませんでした。"),
            EmailBlock.Heading("差し戻しの理由"),
            EmailBlock.List(notice.Reasons),
            EmailBlock.Paragraph("内容を修正のうえ、GCASから改めて申請してください。"),
            EmailBlock.Paragraph("このメールは送信専用です。ご返信いただいてもお答えできません。"),
        ];
        List<EmailBlock> english =
        [
            EmailBlock.Paragraph($"Dear {notice.OrganizationName} team,"),
            EmailBlock.Paragraph($"GCAS application {id} ({notice.SystemName}) could not be provisioned for the following reasons."),
            EmailBlock.Heading("Reasons"),
            EmailBlock.List(notice.Reasons),
            EmailBlock.Paragraph("Please correct the application and submit it again in GCAS."),
            EmailBlock.Paragraph("This message was sent automatically; replies are not read."),
        ];
        return new EmailMessage(notice.Recipients, subject, EmailRenderer.Text(japanese, english), EmailRenderer.Html(subject, japanese, english));
    }

    private static string EnvironmentJa(string environment) => environment switch
    {
        "本番" => "本番環境",
        "検証" => "検証環境",
        "開発" => "開発環境",
        _ => environment,
    };

    private static string EnvironmentEn(string environment) => environment switch
    {
        "本番" => "Production (本番)",
        "検証" => "Staging (検証)",
        "開発" => "Development (開発)",
        _ => environment,
    };

    /// <summary>An id from outside must not be able to break the Subject header onto a second line.</summary>
    private static string OneLine(string text) => string.Concat(text.Where(c => !char.IsControl(c)));
}
