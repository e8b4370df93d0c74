using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;
using CsCheck;

namespace ChatOps.Tests.Reliability;

/// <summary>Thousands of generated malformed applications: none crashes anything, each is refused clearly, the raw input is kept.</summary>
public class BadApplicationTests
{
    private readonly ApplicationValidator _validator = new(new ApplicationRules());

    [Fact]
    public void Every_malformed_application_is_refused_with_reasons_and_nothing_unsafe_is_left_to_show()
    {
        MalformedApplications.Invalid.Sample(sample =>
        {
            var result = _validator.Validate(sample.Payload, _ => false);

            Assert.False(result.IsValid, sample.Why);
            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Field));
                Assert.False(string.IsNullOrWhiteSpace(p.MessageJa));
                Assert.False(string.IsNullOrWhiteSpace(p.MessageEn));
            });
            foreach (var shown in new[] { result.Summary.OrganizationName, result.Summary.SystemName, result.Summary.AdminEmail, result.Summary.ApplicationId })
            {
                Assert.True(shown is null || (!shown.Contains('<', StringComparison.Ordinal) && !shown.Any(char.IsControl) && shown.Length <= 260), sample.Why);
            }
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Odd_but_harmless_text_is_accepted_and_cleaned_of_control_format_and_bidi_characters()
    {
        Gen.Select(MalformedApplications.Harmless, MalformedApplications.Harmless).Sample((organization, system) =>
        {
            var application = TestApplications.Valid().With(a =>
            {
                a["organization"]!["name"] = organization;
                a["system"]!["name"] = system;
            });

            var result = _validator.Validate(application.ToJsonString(), _ => false);

            Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.MessageEn)));
            Assert.All(new[] { result.Application!.OrganizationName, result.Application.SystemName }, text =>
                Assert.DoesNotContain(text, c => char.IsControl(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
        }, iter: 200, threads: 1);
    }

    [Fact]
    public async Task Malformed_applications_among_valid_ones_are_each_rejected_with_the_raw_payload_kept_and_affect_nothing_else()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?> { ["Engine:MaxConcurrency"] = "8" });
        var bad = MalformedApplications.Invalid.Array[150].Single();
        var valid = new List<string>();
        var submitted = new List<(string Id, string Payload)>();
        for (var i = 0; i < bad.Length; i++)
        {
            var result = await harness.Get<Provisioning.Intake.ApplicationIntake>().ReceiveAsync($"FUZZ-{i:D4}", bad[i].Payload, Provisioning.Audit.Actor.Gcas, CancellationToken.None);
            submitted.Add((((Provisioning.Intake.IntakeResult.Created)result).Request.Id, bad[i].Payload));
            if (i % 10 == 0)
            {
                valid.Add((await harness.SubmitAsync(TestApplications.Valid(lgCode: "011002", name: "札幌市"))).Id);
            }
        }

        await harness.DriveUntilAsync(() =>
            submitted.All(s => harness.Request(s.Id).State == RequestState.Rejected)
            && valid.All(id => harness.Request(id) is { State: RequestState.AwaitingApproval, DueAt: null }), TimeSpan.FromMinutes(2));

        Assert.All(submitted, s =>
        {
            var request = harness.Request(s.Id);
            Assert.NotEmpty(request.Problems);
            Assert.Equal(s.Payload.Length > Provisioning.Intake.ApplicationIntake.MaxStoredPayloadChars ? s.Payload[..Provisioning.Intake.ApplicationIntake.MaxStoredPayloadChars] : s.Payload,
                request.RawPayload.Replace("\n…[truncated]", string.Empty, StringComparison.Ordinal));
        });
        Assert.True(harness.Get<Provisioning.Audit.AuditTrail>().Verify().IsIntact);
    }
}
