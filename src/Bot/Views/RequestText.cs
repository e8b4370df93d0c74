using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>
/// What a request is about, ready for mrkdwn: the validated application when there is one, else the sanitised
/// summary of what arrived. Everything that came from outside is escaped here.
/// </summary>
internal static class RequestText
{
    public const string Missing = "—";

    public static string Organisation(ProvisioningRequest request) =>
        Escaped(request.Application?.OrganizationName ?? request.Summary.OrganizationName);

    public static string System(ProvisioningRequest request) =>
        Escaped(request.Application?.SystemName ?? request.Summary.SystemName);

    public static string LgCode(ProvisioningRequest request) =>
        Escaped(request.Application?.LgCode ?? request.Summary.LgCode);

    public static string UsageMode(ProvisioningRequest request, ChatTexts texts) =>
        request.Application is { } application ? texts.Get("usage." + application.UsageMode) : Escaped(request.Summary.UsageMode);

    public static string Environments(ProvisioningRequest request, ChatTexts texts) =>
        request.Application is { } application
            ? string.Join("\n", application.Environments.Select(e => $"{Environment(e, texts)}: `{e.TenancyName}`"))
            : Escaped(request.Summary.Environments);

    public static string Regions(ProvisioningRequest request) =>
        request.Application is { } application ? Escaped(string.Join(", ", application.Regions)) : Escaped(request.Summary.Regions);

    public static string AdminEmails(ProvisioningRequest request) =>
        request.Application is { } application ? Escaped(string.Join(", ", application.AdminEmails)) : Escaped(request.Summary.AdminEmail);

    /// <summary>"PR-12 千代田区 · 住民記録システム", for list lines and fallback texts.</summary>
    public static string Title(ProvisioningRequest request) => $"*{request.Id}* {Organisation(request)} · {System(request)}";

    public static string Environment(EnvironmentPlan plan, ChatTexts texts) =>
        texts.Get("env." + plan.Type) + (plan.Index > 1 || plan.Key.Contains('-', StringComparison.Ordinal) ? $" {plan.Index}" : "");

    private static string Escaped(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : SlackText.Escape(value);
}
