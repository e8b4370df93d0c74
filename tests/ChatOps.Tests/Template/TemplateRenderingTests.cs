using ChatOps.Provisioning.Template.Loading;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Tests.Template;

public class TemplateRenderingTests
{
    // Written in the reverse of the order it must be applied in.
    private const string Reversed = """
        version: 1
        name: reversed
        policies:
          readers_policy:
            name: "{{tenancy_name}}-readers-policy"
            description: "Readers of {{org_name}}"
            statements:
              - "Allow group {{group:readers}} to read all-resources in compartment {{compartment:leaf}}"
              - "Allow dynamic-group {{dynamic_group:functions}} to use tag-namespaces in compartment {{compartment:leaf}} where target.tag-namespace.name = '{{tag_namespace:ns}}'"
              - "Allow group {{group:readers}} to read buckets in compartment {{compartment:middle}} where target.resource.tag.{{tag:owner}} = '{{environment}}'"
        dynamic_groups:
          functions:
            name: "{{tenancy_name}}-fn"
            description: functions
            matching_rule: "ALL {resource.type = 'fnfunc', resource.compartment.id = '{{compartment_id:leaf}}'}"
        tags:
          owner:
            namespace: ns
            name: Owner
            description: owner
        tag_namespaces:
          ns:
            name: "{{tenancy_name}}-ns"
            description: ns
            compartment: middle
        groups:
          readers:
            name: "{{tenancy_name}}-readers"
            description: readers
        compartments:
          leaf:
            name: leaf-cmp
            description: leaf
            parent: middle
          middle:
            name: "{{environment}}-middle-cmp"
            description: middle
        """;

    private static readonly Dictionary<string, string> Values = new()
    {
        [TemplatePlaceholders.TenancyName] = "lg131016prd",
        [TemplatePlaceholders.OrgName] = "千代田区",
        [TemplatePlaceholders.Environment] = "prd",
    };

    [Fact]
    public void The_apply_order_follows_references_not_the_file()
    {
        var template = TemplateLoader.Parse(Reversed, "reversed.yaml").Template!;

        Assert.Equal(["middle", "leaf", "readers", "functions", "ns", "owner", "readers_policy"], template.ApplyOrder.Select(r => r.Key));
        Assert.Equal(["readers_policy", "functions", "owner", "ns", "readers", "leaf", "middle"], template.Resources.Select(r => r.Key));
    }

    [Fact]
    public void Placeholders_and_references_are_filled_in()
    {
        var template = TemplateLoader.Parse(Reversed, "reversed.yaml").Template!;
        var (rendering, error) = TemplateRendering.Create(template, Values, TemplateUsage.Single);
        Assert.Null(error);
        var ids = new Dictionary<string, string> { ["leaf"] = "ocid1.compartment.oc1..leaf" };

        var policy = rendering!.Desire(template.Resource("readers_policy"), ids.GetValueOrDefault);
        var functions = rendering.Desire(template.Resource("functions"), ids.GetValueOrDefault);
        var pending = rendering.Desire(template.Resource("functions"), _ => null);

        Assert.Equal("lg131016prd-readers-policy", policy.Name);
        Assert.Equal("Readers of 千代田区", policy.Description);
        Assert.Equal(
            [
                "Allow group lg131016prd-readers to read all-resources in compartment prd-middle-cmp:leaf-cmp",
                "Allow dynamic-group lg131016prd-fn to use tag-namespaces in compartment prd-middle-cmp:leaf-cmp where target.tag-namespace.name = 'lg131016prd-ns'",
                "Allow group lg131016prd-readers to read buckets in compartment prd-middle-cmp where target.resource.tag.lg131016prd-ns.Owner = 'prd'",
            ],
            policy.Statements);
        Assert.Equal("ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..leaf'}", functions.MatchingRule);
        Assert.Equal(["leaf"], pending.PendingIds);
        Assert.Equal("prd-middle-cmp", rendering.NameOf("middle"));
    }

    [Fact]
    public void A_value_that_breaks_an_oci_name_rule_is_refused_before_anything_is_sent()
    {
        var template = TemplateLoader.Parse(Reversed, "reversed.yaml").Template!;

        var (rendering, error) = TemplateRendering.Create(template, new Dictionary<string, string>(Values) { [TemplatePlaceholders.TenancyName] = "lg131016.prd" }, TemplateUsage.Single);

        Assert.Null(rendering);
        Assert.Equal("tag namespace 'ns': tag namespace name 'lg131016.prd-ns' holds '.'; OCI allows only letters, digits, '-' and '_' (no spaces or periods)", error);
    }
}
