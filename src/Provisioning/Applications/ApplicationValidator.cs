using System.Globalization;

namespace ChatOps.Provisioning.Applications;

/// <summary>
/// Checks a raw GCAS application and returns every problem at once, as values, each with its field path and a
/// message in Japanese and English. Never throws on bad input.
/// </summary>
public sealed class ApplicationValidator(ApplicationRules rules)
{
    /// <summary>Raw payloads above this size are refused unread (they are still kept).</summary>
    public const int MaxPayloadBytes = 64 * 1024;

    public ApplicationValidation Validate(string raw, Func<string, bool> isTenancyNameTaken)
    {
        var problems = new ProblemList();
        if (System.Text.Encoding.UTF8.GetByteCount(raw) > MaxPayloadBytes)
        {
            problems.Add("$", $"申請データが大きすぎます（上限 {MaxPayloadBytes / 1024} KB）。", $"The application is too large (limit {MaxPayloadBytes / 1024} KB).");
            return new ApplicationValidation(null, null, problems.Items, ApplicationSummary.Empty);
        }

        var draft = ApplicationReader.Read(raw, problems);
        if (draft is null)
        {
            return new ApplicationValidation(null, null, problems.Items, ApplicationSummary.Empty);
        }

        var fields = new FieldRules(rules, problems);
        var placement = new PlacementRules(rules, problems);
        var applicationId = fields.Identifier(draft.ApplicationId);
        var kind = fields.Kind(draft.Kind);
        var organizationName = fields.Text(draft.OrganizationName, "organization.name");
        var lgCode = fields.LgCode(draft.LgCode, kind);
        var systemName = fields.Text(draft.SystemName, "system.name");
        var usageMode = fields.UsageMode(draft.UsageMode);
        var environments = placement.Environments(draft.Environments);
        var homeRegion = placement.Region(draft.HomeRegion, "homeRegion", required: true);
        var extraRegions = placement.ExtraRegions(draft.ExtraRegions, homeRegion);
        var adminEmails = fields.Emails(draft.AdminEmails);
        var operatorCompany = fields.Operator(draft, usageMode);
        var startDate = fields.Date(draft.RequestedStartDate);
        var submittedAt = fields.Timestamp(draft.SubmittedAt);
        fields.Csp(draft.Csp);

        var summary = Summarise(draft);
        if (problems.Any || applicationId is null || kind is null || organizationName is null || systemName is null
            || usageMode is null || environments is null || homeRegion is null || adminEmails is null)
        {
            return new ApplicationValidation(applicationId ?? summary.ApplicationId, null, problems.Items, summary);
        }

        var plans = TenancyNameDeriver.Plan(kind.Value, lgCode, applicationId, environments, rules.MaxTenancyNameLength, isTenancyNameTaken);
        var application = new ValidatedApplication(
            applicationId, kind.Value, organizationName, lgCode, systemName, usageMode.Value, plans, homeRegion,
            extraRegions, adminEmails, operatorCompany, startDate, submittedAt);
        return new ApplicationValidation(applicationId, application, [], summary);
    }

    private static ApplicationSummary Summarise(ApplicationDraft draft)
    {
        static string? Show(string? value, int max = 80)
        {
            if (value is null)
            {
                return null;
            }

            var clean = TextSanitizer.Clean(value);
            return clean.Length > max ? clean[..max] + "…" : clean;
        }

        var environments = draft.Environments is null
            ? null
            : string.Join(", ", draft.Environments.Select(e => $"{Show(e.Type, 10)}×{e.Count?.ToString(CultureInfo.InvariantCulture) ?? "?"}"));
        var regions = string.Join(", ", new[] { draft.HomeRegion }.Concat(draft.ExtraRegions).Where(r => r is not null).Select(r => Show(r, 30)));
        return new ApplicationSummary(
            Show(draft.ApplicationId, 64),
            Show(draft.OrganizationName),
            Show(draft.LgCode, 10),
            Show(draft.SystemName),
            Show(draft.UsageMode, 10),
            Show(environments, 120),
            regions.Length == 0 ? null : regions,
            Show(draft.AdminEmails?.FirstOrDefault(), 254));
    }
}
