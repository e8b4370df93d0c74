namespace ChatOps.Provisioning.Template.Model;

/// <summary>
/// One resource of the template, keyed by its template key (unique across all sections). <see cref="Order"/> is
/// its place in the file, used only to break ties in the apply order.
/// </summary>
internal sealed record TemplateResource(TemplateKind Kind, string Key, TemplatePosition At, int Order)
{
    public IReadOnlyDictionary<string, TemplateField> Fields { get; init; } = new Dictionary<string, TemplateField>();

    public TemplateUsage Usage { get; init; } = TemplateUsage.Any;

    public TemplateField? Field(string name) => Fields.GetValueOrDefault(name);

    public TemplateText? Text(string name) => Field(name)?.Text;

    public IReadOnlyList<TemplateText> Items(string name) => Field(name)?.Items ?? [];

    public bool Flag(string name) => Field(name)?.Flag ?? false;

    /// <summary>The key a reference field names; <see cref="TemplateFields.Root"/> when an optional compartment reference is left out.</summary>
    public string? Reference(string name) =>
        Text(name)?.Value ?? (TemplateSchema.Of(Kind).Spec(name) is { AllowsRoot: true } ? TemplateFields.Root : null);

    public bool AppliesTo(TemplateUsage mode) => Usage == TemplateUsage.Any || Usage == mode;

    public string Label => $"{TemplateSchema.Of(Kind).Label} '{Key}'";
}
