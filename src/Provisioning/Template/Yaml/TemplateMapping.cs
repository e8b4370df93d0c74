using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Yaml;

/// <summary>A mapping with its entries in file order, duplicates included.</summary>
internal sealed record TemplateMapping(IReadOnlyList<TemplateEntry> Entries, TemplatePosition At) : TemplateNode(At)
{
    public override string Description => "a mapping";
}
