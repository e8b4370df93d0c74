namespace ChatOps.Provisioning.Template.Model;

/// <summary>
/// A reference inside a text, <c>{{name:key}}</c>: what it names and what it becomes. <see cref="NeedsId"/>
/// references become OCIDs, known only once the resource exists.
/// </summary>
internal sealed record TemplateReferenceKind(string Name, TemplateKind Kind, string Becomes, bool NeedsId, bool StatementsOnly)
{
    public static IReadOnlyList<TemplateReferenceKind> All { get; } =
    [
        new("group", TemplateKind.Group, "the group's name", NeedsId: false, StatementsOnly: false),
        new("dynamic_group", TemplateKind.DynamicGroup, "the dynamic group's name", NeedsId: false, StatementsOnly: false),
        new("compartment", TemplateKind.Compartment, "the compartment's path below the policy's compartment (a:b:c)", NeedsId: false, StatementsOnly: true),
        new("compartment_id", TemplateKind.Compartment, "the compartment's OCID", NeedsId: true, StatementsOnly: false),
        new("tag_namespace", TemplateKind.TagNamespace, "the tag namespace's name", NeedsId: false, StatementsOnly: false),
        new("tag", TemplateKind.Tag, "namespace.tag", NeedsId: false, StatementsOnly: false),
    ];

    public static TemplateReferenceKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
