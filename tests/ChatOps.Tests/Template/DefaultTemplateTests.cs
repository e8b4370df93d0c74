using ChatOps.Provisioning.Template.Loading;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Template;

public class DefaultTemplateTests
{
    [Fact]
    public async Task The_default_template_validates_and_covers_the_landing_zone_baseline()
    {
        var result = await TemplateLoader.LoadFileAsync(RepositoryRoot.File("templates", "mandatory-template.yaml"), CancellationToken.None);

        Assert.True(result.IsValid, string.Join("\n", result.Format("mandatory-template.yaml")));
        var template = result.Template!;
        Assert.Equal(1, template.Version);
        Assert.Equal(5, template.Resources.Count(r => r.Kind == TemplateKind.Compartment));
        Assert.Equal(9, template.Resources.Count(r => r.Kind == TemplateKind.Group));
        Assert.Contains(template.Resources, r => r.Kind == TemplateKind.Policy
            && r.Items(TemplateFields.Statements).Any(s => s.Value.Contains("target.group.name != 'Administrators'", StringComparison.Ordinal)));
        Assert.Equal(
            ["${iam.principal.name}", "${oci.datetime}"],
            template.Resources.Where(r => r.Kind == TemplateKind.TagDefault).Select(r => r.Text(TemplateFields.Value)!.Value).Order(StringComparer.Ordinal));
        Assert.Equal(365, template.Tenancy!.AuditRetentionDays);
        Assert.True(template.Tenancy.CloudGuardEnabled);
        Assert.Equal("{{home_region}}", template.Tenancy.CloudGuardReportingRegion!.Value);
        Assert.Subset(TemplatePlaceholders.Names.ToHashSet(), template.Placeholders.ToHashSet());
    }
}
