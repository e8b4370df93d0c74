using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Oci.Steps;

public class OciStepFailuresTests
{
    public static TheoryData<int, string, bool> Errors() => new()
    {
        { 429, "TooManyRequests", true },
        { 500, "InternalServerError", true },
        { 503, "ServiceUnavailable", true },
        { 409, "IncorrectState", true },
        { 0, OciError.NetworkError, true },
        { 0, OciError.RequestTimeout, true },
        { 400, "LimitExceeded", false },
        { 404, "NotAuthorizedOrNotFound", false },
        { 401, "NotAuthenticated", false },
        { 409, "NotAuthorizedOrResourceAlreadyExists", false },
        { 0, OciError.AuthenticationMisconfigured, false },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Transient_oci_errors_are_retried_and_the_rest_fail_the_request_keeping_code_message_and_request_id(int status, string code, bool transient)
    {
        var result = OciResult<string>.Failure(new OciError(status, code, "what OCI said", "REQ-1/ABC", "Organizations", "CreateChildTenancy"));

        var outcome = OciStepFailures.Outcome(result, "CreateChildTenancy lg131016prd");

        var error = outcome switch
        {
            StepOutcome.TransientFailure t => t.Error,
            StepOutcome.PermanentFailure p => p.Error,
            _ => throw new InvalidOperationException(outcome.ToString()),
        };
        Assert.Equal(transient, outcome is StepOutcome.TransientFailure);
        Assert.Equal(code, error.Code);
        Assert.Equal("CreateChildTenancy lg131016prd: what OCI said", error.Message);
        Assert.Equal("REQ-1/ABC", error.RequestId);
        Assert.Equal(status == 0 ? null : status, error.HttpStatus);
        Assert.Equal("Organizations", error.Service);
    }

    [Fact]
    public void A_retry_after_from_the_service_is_carried_into_the_transient_failure()
    {
        var result = OciResult<string>.Failure(new OciError(429, "TooManyRequests", "slow down", null, "Identity", "ListCompartments")) with { RetryAfter = TimeSpan.FromSeconds(7) };

        var outcome = Assert.IsType<StepOutcome.TransientFailure>(OciStepFailures.Outcome(result));

        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
    }
}
