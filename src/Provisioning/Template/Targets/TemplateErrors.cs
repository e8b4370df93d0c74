using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Targets;

/// <summary>Errors of the template steps, as operators see them: OCI's code and message, what we were doing, the opc-request-id.</summary>
internal static class TemplateErrors
{
    public const string Drift = "TemplateDrift";
    public const string Invalid = "TemplateInvalid";
    public const string TargetMissing = "TemplateTargetMissing";
    public const string Inactive = "TemplateResourceInactive";

    /// <summary>OCI's answer: transient when OCI's SDKs would retry it (429, 5xx, IncorrectState, network).</summary>
    public static TemplateFailure FromOci(OciError error, string doing)
    {
        ArgumentNullException.ThrowIfNull(error);
        var stepError = new StepError(error.Code, $"{doing}: {error.Message}", error.OpcRequestId, error.HttpStatus == 0 ? null : error.HttpStatus, $"OCI {error.Service}");
        return new TemplateFailure(stepError, error.IsTransient);
    }

    public static TemplateFailure Of(string code, string message) => new(new StepError(code, message), IsTransient: false);
}
