using ChatOps.Provisioning.Applications;

namespace ChatOps.Tests.Applications;

public class TenancyNameDeriverTests
{
    private static readonly (EnvironmentType, int)[] ProductionAndStaging = [(EnvironmentType.Production, 1), (EnvironmentType.Staging, 1)];

    [Fact]
    public void Local_government_names_start_from_the_code()
    {
        var plans = TenancyNameDeriver.Plan(OrganizationKind.LocalGovernment, "131016", "GCAS-1", ProductionAndStaging, 25, _ => false);

        Assert.Equal(["lg131016prd", "lg131016stg"], plans.Select(p => p.TenancyName));
        Assert.Equal(["prd", "stg"], plans.Select(p => p.Key));
    }

    [Fact]
    public void Names_taken_by_other_requests_get_the_next_free_number()
    {
        var taken = new HashSet<string> { "lg131016prd", "lg131016prd2" };

        var plans = TenancyNameDeriver.Plan(OrganizationKind.LocalGovernment, "131016", "GCAS-1", ProductionAndStaging, 25, taken.Contains);

        Assert.Equal("lg131016prd3", plans[0].TenancyName);
        Assert.Equal("lg131016stg", plans[1].TenancyName);
    }

    [Fact]
    public void Several_environments_of_one_type_are_numbered()
    {
        var plans = TenancyNameDeriver.Plan(OrganizationKind.LocalGovernment, "011002", "A", [(EnvironmentType.Development, 2)], 25, _ => false);

        Assert.Equal(["dev-1", "dev-2"], plans.Select(p => p.Key));
        Assert.Equal(["lg011002dev1", "lg011002dev2"], plans.Select(p => p.TenancyName));
    }

    [Fact]
    public void Ministries_use_the_application_id_and_every_name_obeys_oci_rules()
    {
        var plans = TenancyNameDeriver.Plan(OrganizationKind.Ministry, null, "GCAS-2026-000123-XYZ", ProductionAndStaging, 16, _ => false);

        Assert.All(plans, p =>
        {
            Assert.Matches("^[a-z][a-z0-9]*$", p.TenancyName);
            Assert.True(p.TenancyName.Length <= 16);
            Assert.StartsWith("gov", p.TenancyName, StringComparison.Ordinal);
        });
    }
}
