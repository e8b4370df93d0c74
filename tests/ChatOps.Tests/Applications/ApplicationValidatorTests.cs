using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Applications;

public class ApplicationValidatorTests
{
    private readonly ApplicationValidator _validator = new(new ApplicationRules());

    [Fact]
    public void A_valid_application_becomes_a_clean_typed_application()
    {
        var result = _validator.Validate(TestApplications.Json(TestApplications.Valid("GCAS-1")), _ => false);

        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.MessageEn)));
        var application = result.Application!;
        Assert.Equal(OrganizationKind.LocalGovernment, application.OrganizationKind);
        Assert.Equal("131016", application.LgCode);
        Assert.Equal(UsageMode.Single, application.UsageMode);
        Assert.Equal(["ap-tokyo-1", "ap-osaka-1"], application.Regions);
        Assert.Equal(["lg131016prd", "lg131016stg"], application.Environments.Select(e => e.TenancyName));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_field_in_both_languages()
    {
        var application = TestApplications.Valid().With(a =>
        {
            a["organization"]!["lgCode"] = "131017";
            a["adminEmails"] = new JsonArray("ok@example.jp", "not-an-email");
            a["homeRegion"] = "us-ashburn-1";
            a["system"]!["name"] = new string('長', 101);
            a["environments"] = new JsonArray(new JsonObject { ["type"] = "本番", ["count"] = 0 });
        });

        var result = _validator.Validate(application.ToJsonString(), _ => false);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["organization.lgCode", "system.name", "environments[0].count", "homeRegion", "adminEmails[1]"],
            result.Problems.Select(p => p.Field));
        Assert.All(result.Problems, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.MessageJa));
            Assert.False(string.IsNullOrWhiteSpace(p.MessageEn));
        });
    }

    [Fact]
    public void Mention_injection_is_refused_and_never_shown_raw()
    {
        var application = TestApplications.Valid().With(a => a["organization"]!["name"] = "<!channel> 至急 <https://evil.example|承認はこちら>");

        var result = _validator.Validate(application.ToJsonString(), _ => false);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Field == "organization.name");
        Assert.DoesNotContain("<!channel>", result.Summary.OrganizationName, StringComparison.Ordinal);
        Assert.DoesNotContain('<', result.Summary.OrganizationName!);
    }

    [Theory]
    [InlineData("{not json", "$")]
    [InlineData("[1,2,3]", "$")]
    [InlineData("{\"applicationId\": 12}", "applicationId")]
    [InlineData("{\"adminEmails\": \"a@b.jp\"}", "adminEmails")]
    [InlineData("{\"environments\": [\"本番\"]}", "environments[0]")]
    public void Wrong_types_and_broken_json_are_problems_not_exceptions(string raw, string field)
    {
        var result = _validator.Validate(raw, _ => false);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Field == field);
    }

    [Fact]
    public void A_local_government_needs_a_code_and_a_ministry_must_not_have_one()
    {
        var noCode = TestApplications.Valid().With(a => a["organization"]!.AsObject().Remove("lgCode"));
        var ministryWithCode = TestApplications.Valid().With(a => a["organization"]!["kind"] = "国の機関");

        Assert.Contains(_validator.Validate(noCode.ToJsonString(), _ => false).Problems, p => p.Field == "organization.lgCode");
        Assert.Contains(_validator.Validate(ministryWithCode.ToJsonString(), _ => false).Problems, p => p.Field == "organization.lgCode");
    }

    [Fact]
    public void Shared_use_needs_an_operator_company()
    {
        var application = TestApplications.Valid(shared: true).With(a => a.Remove("operator"));

        Assert.Contains(_validator.Validate(application.ToJsonString(), _ => false).Problems, p => p.Field == "operator");
    }

    [Fact]
    public void A_payload_over_the_size_limit_is_refused_unread()
    {
        var result = _validator.Validate(new string(' ', ApplicationValidator.MaxPayloadBytes + 1), _ => false);

        Assert.Equal("$", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Tenancy_names_avoid_those_other_requests_hold()
    {
        var result = _validator.Validate(TestApplications.Json(TestApplications.Valid()), name => name == "lg131016prd");

        Assert.Equal("lg131016prd2", result.Application!.Environments[0].TenancyName);
    }

    [Fact]
    public void Regions_come_from_the_configured_allow_list()
    {
        var tokyoOnly = new ApplicationValidator(new ApplicationRules { AllowedRegions = ["ap-tokyo-1"] });

        var result = tokyoOnly.Validate(TestApplications.Json(TestApplications.Valid(osaka: true)), _ => false);

        Assert.Contains(result.Problems, p => p.Field == "extraRegions[0]");
    }
}
