namespace ChatOps.Provisioning.Template.Model;

/// <summary>The resource sections of the file format and the fields each one takes.</summary>
internal static class TemplateSchema
{
    private static readonly TemplateFieldSpec NameField = new(TemplateFields.Name, TemplateFieldType.Text, Required: true) { MaxLength = int.MaxValue };
    private static readonly TemplateFieldSpec DescriptionField = new(TemplateFields.Description, TemplateFieldType.Text, Required: true);
    private static readonly TemplateFieldSpec UsageField = new(TemplateFields.Usage, TemplateFieldType.Usage);

    public static IReadOnlyList<TemplateKindSpec> Kinds { get; } =
    [
        new(TemplateKind.Compartment, "compartments", "compartment", NameRule.Iam("compartment name"),
        [
            NameField, DescriptionField, CompartmentReference(TemplateFields.Parent), UsageField,
        ]),
        new(TemplateKind.Group, "groups", "group", NameRule.Iam("group name"), [NameField, DescriptionField, UsageField]),
        new(TemplateKind.DynamicGroup, "dynamic_groups", "dynamic group", NameRule.Iam("dynamic group name"),
        [
            NameField, DescriptionField,
            new(TemplateFields.MatchingRule, TemplateFieldType.Text, Required: true) { AllowsReferences = true, MaxLength = int.MaxValue },
            UsageField,
        ]),
        new(TemplateKind.TagNamespace, "tag_namespaces", "tag namespace", NameRule.Tagging("tag namespace name") with { ReservedPrefixes = ["oci-", "orcl-"] },
        [
            NameField, DescriptionField, CompartmentReference(TemplateFields.Compartment), UsageField,
        ]),
        new(TemplateKind.Tag, "tags", "tag", NameRule.Tagging("tag name"),
        [
            new(TemplateFields.Namespace, TemplateFieldType.Reference, Required: true) { RefersTo = TemplateKind.TagNamespace },
            NameField, DescriptionField, new(TemplateFields.CostTracking, TemplateFieldType.Boolean), UsageField,
        ]),
        new(TemplateKind.TagDefault, "tag_defaults", "tag default", null,
        [
            new(TemplateFields.Tag, TemplateFieldType.Reference, Required: true) { RefersTo = TemplateKind.Tag },
            CompartmentReference(TemplateFields.Compartment),
            new(TemplateFields.Value, TemplateFieldType.Text, Required: true) { MaxLength = 256 },
            new(TemplateFields.Required, TemplateFieldType.Boolean),
            UsageField,
        ]),
        new(TemplateKind.Policy, "policies", "policy", NameRule.Iam("policy name"),
        [
            NameField, DescriptionField, CompartmentReference(TemplateFields.Compartment),
            new(TemplateFields.Statements, TemplateFieldType.TextList, Required: true) { AllowsReferences = true, MaxLength = int.MaxValue },
            UsageField,
        ]),
    ];

    public static TemplateKindSpec Of(TemplateKind kind) => Kinds.First(k => k.Kind == kind);

    public static TemplateKindSpec? OfSection(string section) => Kinds.FirstOrDefault(k => k.Section == section);

    private static TemplateFieldSpec CompartmentReference(string name) =>
        new(name, TemplateFieldType.Reference) { RefersTo = TemplateKind.Compartment, AllowsRoot = true };
}
