namespace ChatOps.Provisioning.Template.Model;

/// <summary>The placeholders a template may use; any other <c>{{name}}</c> is an error.</summary>
public static class TemplatePlaceholders
{
    public const string TenancyOcid = "tenancy_ocid";
    public const string TenancyName = "tenancy_name";
    public const string OrgCode = "org_code";
    public const string OrgName = "org_name";
    public const string Environment = "environment";
    public const string HomeRegion = "home_region";
    public const string RootCompartmentOcid = "root_compartment_ocid";

    public static IReadOnlyList<string> Names => [.. All.Select(p => p.Name)];

    internal static IReadOnlyList<TemplatePlaceholder> All { get; } =
    [
        new(TenancyOcid, "OCID of the tenancy (single use: the child tenancy; shared use: the shared tenancy)", 100, Ocid),
        new(TenancyName, "name of the environment's tenancy (single use) or compartment (shared use), e.g. lg131016prd", 25, LowerAlphanumeric),
        new(OrgCode, "the organisation's code: 団体コード for a local government, else a short code from the application id", 10, LowerAlphanumeric),
        new(OrgName, "the organisation's name as applied (may be Japanese)", 100, _ => true),
        new(Environment, "the environment key, e.g. prd, stg, dev-2", 12, c => LowerAlphanumeric(c) || c == '-'),
        new(HomeRegion, "the target's home region, e.g. ap-tokyo-1", 24, c => LowerAlphanumeric(c) || c == '-'),
        new(RootCompartmentOcid, "OCID of the root compartment: the tenancy (single use) or the organisation's compartment (shared use)", 100, Ocid),
    ];

    internal static TemplatePlaceholder? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    private static bool LowerAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static bool Ocid(char c) => LowerAlphanumeric(c) || c is '.' or '-' or '_';
}
