using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Yaml;

/// <summary>A scalar; <see cref="IsNull"/> for an empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
internal sealed record TemplateScalar(string Value, TemplatePosition At, bool IsQuoted, bool IsNull, int? FirstCharColumn) : TemplateNode(At)
{
    /// <summary>Stands for an alias, already reported as unsupported: readers skip it without a second problem.</summary>
    public bool IsAlias { get; init; }

    public override string Description => IsNull ? "nothing" : "a value";

    public TemplateText ToText() => new(Value, At, FirstCharColumn);
}
