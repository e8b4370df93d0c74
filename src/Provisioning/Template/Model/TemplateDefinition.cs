namespace ChatOps.Provisioning.Template.Model;

/// <summary>
/// A template that passed every check: its resources in file order and in apply order (every resource after the
/// ones it references), and the tenancy settings. Only <see cref="Loading.TemplateLoader"/> makes one.
/// </summary>
public sealed class TemplateDefinition
{
    internal TemplateDefinition(
        string name,
        int version,
        string? description,
        string source,
        IReadOnlyList<TemplateResource> resources,
        IReadOnlyList<TemplateResource> applyOrder,
        TemplateTenancySettings? tenancy)
    {
        Name = name;
        Version = version;
        Description = description;
        Source = source;
        Resources = resources;
        ApplyOrder = applyOrder;
        Tenancy = tenancy;
    }

    public string Name { get; }

    public int Version { get; }

    public string? Description { get; }

    /// <summary>Where it was read from (a path, or a label for text given directly).</summary>
    public string Source { get; }

    public int ResourceCount => Resources.Count;

    /// <summary>The placeholders the template uses, e.g. <c>org_code</c>.</summary>
    public IReadOnlyCollection<string> Placeholders => [.. UsedPlaceholders()];

    public string Label => $"{Name} v{Version}";

    internal IReadOnlyList<TemplateResource> Resources { get; }

    internal IReadOnlyList<TemplateResource> ApplyOrder { get; }

    internal TemplateTenancySettings? Tenancy { get; }

    internal TemplateResource Resource(string key) => Resources.First(r => r.Key == key);

    private SortedSet<string> UsedPlaceholders()
    {
        var texts = Resources.SelectMany(r => r.Fields.Values).SelectMany(f => f.Items ?? (f.Text is null ? [] : [f.Text]));
        if (Tenancy?.CloudGuardReportingRegion is { } region)
        {
            texts = texts.Append(region);
        }

        return new SortedSet<string>(
            texts.SelectMany(t => Loading.TemplateTokens.Scan(t.Value).Tokens).Where(t => t.IsPlaceholder).Select(t => t.Name),
            StringComparer.Ordinal);
    }
}
