namespace ChatOps.Provisioning.Template.Model;

/// <summary>What one field of a resource section may hold.</summary>
internal sealed record TemplateFieldSpec(string Name, TemplateFieldType Type, bool Required = false)
{
    /// <summary>For a <see cref="TemplateFieldType.Reference"/>: the kind it must name.</summary>
    public TemplateKind? RefersTo { get; init; }

    /// <summary>The reference may be <c>root</c>, which is also its value when left out.</summary>
    public bool AllowsRoot { get; init; }

    /// <summary>Texts may hold <c>{{kind:key}}</c> references to other resources.</summary>
    public bool AllowsReferences { get; init; }

    public int MaxLength { get; init; } = 400;
}
