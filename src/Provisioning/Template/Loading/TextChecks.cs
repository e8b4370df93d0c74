using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>Checks the <c>{{...}}</c> tokens of one text: known placeholders, references allowed here and pointing at a real resource.</summary>
internal sealed class TextChecks(NodeReader reader, IReadOnlyDictionary<string, TemplateResource> byKey)
{
    public void Check(TemplateResource owner, TemplateFieldSpec spec, TemplateText text)
    {
        var (tokens, malformed) = TemplateTokens.Scan(text.Value);
        foreach (var (offset, problem) in malformed)
        {
            reader.Problem(text.PositionOf(offset), problem);
        }

        foreach (var token in tokens)
        {
            var at = text.PositionOf(token.Offset);
            if (token.IsPlaceholder)
            {
                CheckPlaceholder(token, at);
            }
            else
            {
                CheckReference(owner, spec, token, at);
            }
        }
    }

    public void CheckPlaceholdersOnly(TemplateText text, string where)
    {
        var (tokens, malformed) = TemplateTokens.Scan(text.Value);
        foreach (var (offset, problem) in malformed)
        {
            reader.Problem(text.PositionOf(offset), problem);
        }

        foreach (var token in tokens)
        {
            if (token.IsPlaceholder)
            {
                CheckPlaceholder(token, text.PositionOf(token.Offset));
            }
            else
            {
                reader.Problem(text.PositionOf(token.Offset), $"{token.Text}: references are not allowed in {where}");
            }
        }
    }

    private void CheckPlaceholder(TemplateToken token, TemplatePosition at)
    {
        if (TemplatePlaceholders.Find(token.Name) is null)
        {
            reader.Problem(at, $"unknown placeholder {token.Text}; known: {string.Join(", ", TemplatePlaceholders.Names.Select(n => "{{" + n + "}}"))}");
        }
    }

    private void CheckReference(TemplateResource owner, TemplateFieldSpec spec, TemplateToken token, TemplatePosition at)
    {
        if (!spec.AllowsReferences)
        {
            reader.Problem(at, $"{token.Text}: references are allowed only in policy statements and matching rules, not in '{spec.Name}'");
            return;
        }

        var kind = TemplateReferenceKind.Find(token.Name);
        if (kind is null)
        {
            reader.Problem(at, $"{token.Text}: unknown reference kind '{token.Name}'; known: {string.Join(", ", TemplateReferenceKind.All.Select(k => k.Name))}");
            return;
        }

        if (kind.StatementsOnly && spec.Name != TemplateFields.Statements)
        {
            reader.Problem(at, $"{token.Text}: a compartment path is meaningful only in policy statements; use {{{{compartment_id:{token.Key}}}}} for its OCID");
            return;
        }

        CheckTarget(owner, token.Key!, kind.Kind, at, token.Text);
        if (kind.Name == "compartment" && owner.Kind == TemplateKind.Policy && byKey.ContainsKey(token.Key!))
        {
            CheckBelowPolicy(owner, token.Key!, at, token.Text);
        }
    }

    /// <summary>A reference (field or token) names an existing resource of the right kind that exists whenever the owner does.</summary>
    public void CheckTarget(TemplateResource owner, string key, TemplateKind expected, TemplatePosition at, string what)
    {
        if (!byKey.TryGetValue(key, out var target))
        {
            reader.Problem(at, $"{what}: no {TemplateSchema.Of(expected).Label} with key '{key}' in this template");
            return;
        }

        if (target.Kind != expected)
        {
            reader.Problem(at, $"{what}: '{key}' is a {TemplateSchema.Of(target.Kind).Label}, not a {TemplateSchema.Of(expected).Label}");
            return;
        }

        if (target.Usage != TemplateUsage.Any && owner.Usage != target.Usage)
        {
            reader.Problem(at, $"{what}: {owner.Label} applies to {Usage(owner.Usage)} but '{key}' exists only for {Usage(target.Usage)}");
        }
    }

    // OCI resolves compartment paths in a statement from the compartment the policy is attached to, downwards.
    private void CheckBelowPolicy(TemplateResource policy, string key, TemplatePosition at, string what)
    {
        var attachedTo = policy.Reference(TemplateFields.Compartment);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = byKey[key].Reference(TemplateFields.Parent);
        while (current is not null && seen.Add(current))
        {
            if (current == attachedTo)
            {
                return;
            }

            current = current == TemplateFields.Root || !byKey.TryGetValue(current, out var parent) ? null : parent.Reference(TemplateFields.Parent);
        }

        reader.Problem(at, $"{what}: policy '{policy.Key}' is attached to '{attachedTo}', so its statements can name only compartments below it");
    }

    private static string Usage(TemplateUsage usage) => usage switch
    {
        TemplateUsage.Single => "single use",
        TemplateUsage.Shared => "shared use",
        _ => "both usage modes",
    };
}
