using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>
/// Checks what the schema cannot: OCI's name rules, unique names, references that point somewhere (of the right
/// kind, with no cycle), known placeholders, policy statements, and the audit retention range.
/// </summary>
internal static class TemplateValidator
{
    public const int SupportedVersion = 1;
    public const int MinRetentionDays = 90;
    public const int MaxRetentionDays = 365;

    public static void Check(TemplateDraft draft, NodeReader reader)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Version is { } version && version != SupportedVersion)
        {
            reader.Problem(draft.VersionAt, $"version {version} is not supported; this bot reads version {SupportedVersion}");
        }

        if (draft.Name is { } name && name.Value.Trim().Length == 0)
        {
            reader.Problem(name.At, "name must not be empty");
        }

        var byKey = new Dictionary<string, TemplateResource>(StringComparer.Ordinal);
        foreach (var resource in draft.Resources)
        {
            byKey.TryAdd(resource.Key, resource);
        }

        var texts = new TextChecks(reader, byKey);
        foreach (var resource in draft.Resources)
        {
            CheckResource(reader, texts, resource);
        }

        DuplicateNameChecks.Check(reader, draft.Resources);
        foreach (var (keys, at) in TemplateGraph.Cycles(draft.Resources))
        {
            reader.Problem(at, $"reference cycle: {string.Join(" -> ", keys)}");
        }

        if (draft.Tenancy is { } tenancy)
        {
            CheckTenancy(reader, texts, tenancy);
        }
    }

    private static void CheckResource(NodeReader reader, TextChecks texts, TemplateResource resource)
    {
        var kind = TemplateSchema.Of(resource.Kind);
        foreach (var spec in kind.Fields)
        {
            if (resource.Field(spec.Name) is not { } field)
            {
                continue;
            }

            if (spec.Type == TemplateFieldType.Reference && field.Text is { } target)
            {
                if (target.Value == TemplateFields.Root && spec.AllowsRoot)
                {
                    continue;
                }

                texts.CheckTarget(resource, target.Value, spec.RefersTo!.Value, target.At, $"'{spec.Name}: {target.Value}'");
                continue;
            }

            foreach (var text in field.Items ?? (field.Text is null ? [] : [field.Text]))
            {
                texts.Check(resource, spec, text);
                if (spec.Name == TemplateFields.Name && kind.NameRule is { } rule)
                {
                    NameChecks.Check(reader, rule, text);
                }
                else if (spec.MaxLength < int.MaxValue)
                {
                    NameChecks.CheckLength(reader, text, spec.MaxLength, $"'{spec.Name}' of {resource.Label}");
                }
            }
        }

        if (resource.Kind == TemplateKind.Policy)
        {
            StatementChecks.Check(reader, resource);
        }
    }

    private static void CheckTenancy(NodeReader reader, TextChecks texts, TemplateTenancySettings tenancy)
    {
        if (tenancy.AuditRetentionDays is { } days and (< MinRetentionDays or > MaxRetentionDays))
        {
            reader.Problem(tenancy.AuditRetentionAt, $"audit_retention_days is {days}; OCI keeps audit events {MinRetentionDays} to {MaxRetentionDays} days");
        }

        if (tenancy.CloudGuardReportingRegion is { } region)
        {
            texts.CheckPlaceholdersOnly(region, "'reporting_region'");
        }
    }
}
