using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Rendering;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Apply;

/// <summary>One environment's apply in progress: the target, the filled-in template, the OCIDs known so far.</summary>
internal sealed record ApplyRun(ProvisioningRequest Request, string EnvironmentKey, TemplateScope Scope, TemplateRendering Rendering, ApplyProgress Progress)
{
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal) { [Model.TemplateFields.Root] = Scope.RootCompartmentId };

    /// <summary>What one listing per kind and container found this run (see <see cref="ResourceApplier"/>).</summary>
    public Dictionary<(Model.TemplateKind Kind, string ContainerId), OciResult<IReadOnlyList<LiveResource>>> Listings { get; } = [];

    public string RetryToken(string resourceKey) => Oci.OciRetryToken.Derive(Request.Id, "template", $"{EnvironmentKey}/{resourceKey}");
}
