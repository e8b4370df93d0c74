namespace ChatOps.Provisioning.Template.Model;

/// <summary>One resource section: its YAML key, how errors name it, the OCI rule for its names and its fields.</summary>
internal sealed record TemplateKindSpec(TemplateKind Kind, string Section, string Label, NameRule? NameRule, IReadOnlyList<TemplateFieldSpec> Fields)
{
    public TemplateFieldSpec? Spec(string field) => Fields.FirstOrDefault(f => f.Name == field);
}
