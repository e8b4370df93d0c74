using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// Turns a failed OCI call into a step outcome: what OCI's SDKs retry (429, 5xx, 409 IncorrectState, network
/// failures) is transient and retried by the engine with backoff (no sooner than a <c>retry-after</c> the service
/// gave); everything else is permanent and shown to operators with OCI's code, message and opc-request-id.
/// </summary>
internal static class OciStepFailures
{
    public static StepError ToStepError(OciError error, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = context is null ? error.Message : $"{context}: {error.Message}";
        return new StepError(error.Code, message, error.OpcRequestId, error.HttpStatus == 0 ? null : error.HttpStatus, error.Service);
    }

    public static StepOutcome Outcome<T>(OciResult<T> failed, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var error = failed.Error ?? throw new ArgumentException("The call succeeded.", nameof(failed));
        var stepError = ToStepError(error, context);
        return error.IsTransient
            ? new StepOutcome.TransientFailure(stepError, failed.RetryAfter)
            : new StepOutcome.PermanentFailure(stepError);
    }

    /// <summary>A misconfiguration or an impossible answer: retrying cannot help.</summary>
    public static StepOutcome.PermanentFailure Permanent(string code, string message, string service, string? opcRequestId = null) =>
        new(new StepError(code, message, opcRequestId, null, service));
}
