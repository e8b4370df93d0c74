using ChatOps.Provisioning.Template.Loading;
using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Rendering;

/// <summary>
/// A template filled in for one target: its placeholder values and usage mode. Names are fixed up front;
/// <c>{{compartment_id:...}}</c> references are resolved per resource from the OCIDs known at that moment.
/// </summary>
internal sealed class TemplateRendering
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private TemplateRendering(TemplateDefinition template, IReadOnlyDictionary<string, string> values, TemplateUsage mode)
    {
        Template = template;
        _values = values;
        Mode = mode;
        Resources = [.. template.ApplyOrder.Where(r => r.AppliesTo(mode))];
    }

    public TemplateDefinition Template { get; }

    public TemplateUsage Mode { get; }

    /// <summary>The resources of this usage mode, in apply order.</summary>
    public IReadOnlyList<TemplateResource> Resources { get; }

    public DesiredTenancySettings? Tenancy { get; private set; }

    /// <summary>Fills in <paramref name="values"/>; an error names every placeholder without a value and every name OCI would refuse.</summary>
    public static (TemplateRendering? Rendering, string? Error) Create(TemplateDefinition template, IReadOnlyDictionary<string, string> values, TemplateUsage mode)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var missing = template.Placeholders.Where(p => !values.TryGetValue(p, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        if (missing.Count > 0)
        {
            return (null, $"no value for {string.Join(", ", missing.Select(m => "{{" + m + "}}"))}");
        }

        var rendering = new TemplateRendering(template, values, mode);
        var problems = new List<string>();
        foreach (var resource in rendering.Resources.Where(r => r.Text(TemplateFields.Name) is not null))
        {
            var name = rendering.Fill(resource.Text(TemplateFields.Name)!.Value);
            rendering._names[resource.Key] = name;
            if (TemplateSchema.Of(resource.Kind).NameRule?.Problem(name) is { } problem)
            {
                problems.Add($"{resource.Label}: {problem}");
            }
        }

        if (template.Tenancy is { } tenancy && (tenancy.Usage == TemplateUsage.Any || tenancy.Usage == mode))
        {
            rendering.Tenancy = new DesiredTenancySettings(
                tenancy.AuditRetentionDays,
                tenancy.CloudGuardEnabled && tenancy.CloudGuardReportingRegion is { } region ? rendering.Fill(region.Value) : null);
        }

        return problems.Count > 0 ? (null, string.Join("; ", problems)) : (rendering, null);
    }

    public string NameOf(string key) => _names[key];

    public DesiredResource Desire(TemplateResource resource, Func<string, string?> idOf)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(idOf);
        var pending = new List<string>();
        string Text(string field) => Render(resource, resource.Text(field)?.Value ?? string.Empty, idOf, pending);
        var container = resource.Kind switch
        {
            TemplateKind.Compartment => resource.Reference(TemplateFields.Parent)!,
            TemplateKind.Tag => resource.Reference(TemplateFields.Namespace)!,
            TemplateKind.Group or TemplateKind.DynamicGroup => TemplateFields.Root,
            _ => resource.Reference(TemplateFields.Compartment)!,
        };
        var tagKey = resource.Kind == TemplateKind.TagDefault ? resource.Reference(TemplateFields.Tag) : null;
        var name = resource.Kind == TemplateKind.TagDefault ? _names[tagKey!] : _names[resource.Key];
        return new DesiredResource(resource.Kind, resource.Key, name, container)
        {
            Description = Text(TemplateFields.Description),
            Statements = [.. resource.Items(TemplateFields.Statements).Select(s => Render(resource, s.Value, idOf, pending))],
            MatchingRule = resource.Kind == TemplateKind.DynamicGroup ? Text(TemplateFields.MatchingRule) : null,
            TagKey = tagKey,
            TagId = tagKey is null ? null : idOf(tagKey),
            Value = resource.Kind == TemplateKind.TagDefault ? Text(TemplateFields.Value) : null,
            Flag = resource.Flag(resource.Kind == TemplateKind.Tag ? TemplateFields.CostTracking : TemplateFields.Required),
            PendingIds = pending,
        };
    }

    private string Fill(string text) =>
        TemplateTokens.Replace(text, token => token.IsPlaceholder ? _values[token.Name] : token.Text);

    private string Render(TemplateResource owner, string text, Func<string, string?> idOf, List<string> pending) =>
        TemplateTokens.Replace(text, token =>
        {
            if (token.IsPlaceholder)
            {
                return _values[token.Name];
            }

            var key = token.Key!;
            switch (token.Name)
            {
                case "compartment":
                    return CompartmentPath(owner.Reference(TemplateFields.Compartment)!, key);
                case "compartment_id":
                    if (idOf(key) is { } id)
                    {
                        return id;
                    }

                    pending.Add(key);
                    return $"<{key} not created yet>";
                case "tag":
                    var tag = Template.Resource(key);
                    return $"{_names[tag.Reference(TemplateFields.Namespace)!]}.{_names[key]}";
                default:
                    return _names[key];
            }
        });

    // The path OCI resolves from the policy's compartment downwards, e.g. "lg131016prd-top-cmp:lg131016prd-network-cmp".
    private string CompartmentPath(string attachedTo, string key)
    {
        var names = new List<string>();
        for (var current = key; current != attachedTo; current = Template.Resource(current).Reference(TemplateFields.Parent)!)
        {
            names.Add(_names[current]);
        }

        names.Reverse();
        return string.Join(':', names);
    }
}
