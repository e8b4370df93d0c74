using ChatOps.Provisioning.Template.Loading;

namespace ChatOps.Tests.Template;

public class TemplateLoaderTests
{
    private const string Malformed = """
        version: 2
        name: broken
        colour: blue
        compartments:
          top:
            name: "{{tenancy_name}}-top cmp"
            description: Top
          child:
            name: child
            description: Child
            parent: nowhere
          loop_a:
            name: a
            description: A
            parent: loop_b
          loop_b:
            name: b
            description: B
            parent: loop_a
        groups:
          admins:
            name: admins
            description: Admins
            description: again
          auditors:
            description: no name
        policies:
          empty:
            name: empty-policy
            description: none
            statements: []
          wrong:
            name: wrong-policy
            description: "{{tenant}} policy"
            compartment: admins
            statements:
              - "Permit group {{group:admins}} to read all-resources in tenancy"
              - "Allow group {{group:ghosts}} to read buckets in compartment {{compartment:top}}"
        tags:
          created_by:
            namespace: governance
            name: Created.By
            description: who
            cost_tracking: maybe
        tenancy:
          audit_retention_days: 30
        """;

    [Fact]
    public void A_malformed_file_is_refused_with_every_problem_at_its_line_and_column()
    {
        var result = TemplateLoader.Parse(Malformed, "broken.yaml");

        Assert.False(result.IsValid);
        Assert.Null(result.Template);
        Assert.Equal(
            [
                "broken.yaml:1:10: version 2 is not supported; this bot reads version 1",
                "broken.yaml:3:1: unknown key 'colour' at the top level; expected one of: version, name, description, compartments, groups, dynamic_groups, tag_namespaces, tags, tag_defaults, policies, tenancy",
                "broken.yaml:6:32: compartment name '{{tenancy_name}}-top cmp' holds ' '; OCI allows only letters, digits, '.', '-' and '_'",
                "broken.yaml:11:13: 'parent: nowhere': no compartment with key 'nowhere' in this template",
                "broken.yaml:19:13: reference cycle: loop_a -> loop_b -> loop_a",
                "broken.yaml:24:5: duplicate key 'description' in group 'admins' (first at line 23)",
                "broken.yaml:25:3: missing required field 'name' in group 'auditors'",
                "broken.yaml:31:5: policy 'empty' has no statements; OCI needs at least one",
                "broken.yaml:34:19: unknown placeholder {{tenant}}; known: {{tenancy_ocid}}, {{tenancy_name}}, {{org_code}}, {{org_name}}, {{environment}}, {{home_region}}, {{root_compartment_ocid}}",
                "broken.yaml:35:18: 'compartment: admins': 'admins' is a group, not a compartment",
                "broken.yaml:37:9: policy statement starts with 'Permit'; it must start with Allow, Define, Endorse or Admit",
                "broken.yaml:37:9: 'in tenancy' needs a policy attached to the root compartment, but policy 'wrong' is attached to 'admins'",
                "broken.yaml:38:22: {{group:ghosts}}: no group with key 'ghosts' in this template",
                "broken.yaml:38:70: {{compartment:top}}: policy 'wrong' is attached to 'admins', so its statements can name only compartments below it",
                "broken.yaml:41:16: 'namespace: governance': no tag namespace with key 'governance' in this template",
                "broken.yaml:42:18: tag name 'Created.By' holds '.'; OCI allows only letters, digits, '-' and '_' (no spaces or periods)",
                "broken.yaml:44:20: 'cost_tracking' in tag 'created_by' must be true or false, not 'maybe'",
                "broken.yaml:46:25: audit_retention_days is 30; OCI keeps audit events 90 to 365 days",
            ],
            result.Format("broken.yaml"));
    }

    [Fact]
    public void Keys_references_names_and_yaml_features_are_checked_too()
    {
        const string Text = """
            version: 1
            name: more
            compartments:
              shared_top:
                name: top
                description: only for shared use
                usage: shared
              BadKey:
                name: x
                description: x
              root:
                name: y
                description: y
            groups:
              shared_top:
                name: "{{org_name}}-admins"
                description: clashes with the compartment key
              one:
                name: Admins
                description: first
              two:
                name: admins
                description: same name ignoring case
            dynamic_groups:
              fn:
                name: "fn-{{group:one}}"
                description: [not, text]
                matching_rule: "ALL {resource.compartment.id = '{{compartment:shared_top}}', x = '{{bucket:one}}'}"
            policies:
              p:
                name: p
                description: &anchor d
                statements:
                  - "Allow group {{group:one}} to use buckets in compartment {{compartment:shared_top}}"
                  - *anchor
            """;

        var problems = TemplateLoader.Parse(Text, "more.yaml").Format("more.yaml").ToList();

        Assert.Equal(
            [
                "more.yaml:8:3: 'BadKey' is not a valid template key: use lower-case letters, digits and '_', starting with a letter (at most 63)",
                "more.yaml:11:3: 'root' is reserved; choose another key",
                "more.yaml:15:3: key 'shared_top' is already used by the compartment at line 4; keys are unique across all sections",
                "more.yaml:16:11: group name '{{org_name}}-admins' can be 107 characters long once its placeholders are filled in; OCI allows 100",
                "more.yaml:16:12: {{org_name}} can hold characters a group name may not contain (letters, digits, '.', '-' and '_')",
                "more.yaml:22:11: group name 'admins' is already used by group 'one' (line 18); OCI names are unique ignoring case",
                "more.yaml:26:15: {{group:one}}: references are allowed only in policy statements and matching rules, not in 'name'",
                "more.yaml:27:18: 'description' in dynamic group 'fn' must be text, not a list",
                "more.yaml:28:53: {{compartment:shared_top}}: a compartment path is meaningful only in policy statements; use {{compartment_id:shared_top}} for its OCID",
                "more.yaml:28:87: {{bucket:one}}: unknown reference kind 'bucket'; known: group, dynamic_group, compartment, compartment_id, tag_namespace, tag",
                "more.yaml:34:66: {{compartment:shared_top}}: policy 'p' applies to both usage modes but 'shared_top' exists only for shared use",
                "more.yaml:35:9: aliases (*anchor) are not supported; write the value out",
            ],
            problems);
    }

    [Theory]
    [InlineData("version: 1\nname: [x\ngroups: {}\n", "syn.yaml:2:")]
    [InlineData("version: 1\n\tname: x\n", "syn.yaml:")]
    [InlineData("", "syn.yaml:1:1: the template is empty")]
    [InlineData("- a\n- b\n", "syn.yaml:1:1: the template must be a mapping")]
    public void Syntax_errors_and_wrong_shapes_are_reported_with_a_position(string text, string expectedStart)
    {
        var result = TemplateLoader.Parse(text, "syn.yaml");

        Assert.False(result.IsValid);
        Assert.StartsWith(expectedStart, Assert.Single(result.Format("syn.yaml")), StringComparison.Ordinal);
    }
}
