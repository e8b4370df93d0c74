namespace ChatOps.Provisioning.Template.Model;

/// <summary>The field names of the file format (docs/template.md lists them all).</summary>
internal static class TemplateFields
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Parent = "parent";
    public const string Compartment = "compartment";
    public const string Statements = "statements";
    public const string MatchingRule = "matching_rule";
    public const string Namespace = "namespace";
    public const string Tag = "tag";
    public const string Value = "value";
    public const string Required = "required";
    public const string CostTracking = "cost_tracking";
    public const string Usage = "usage";

    /// <summary>The reference target that means the root compartment: the tenancy (single use) or the organisation's compartment (shared use).</summary>
    public const string Root = "root";
}
