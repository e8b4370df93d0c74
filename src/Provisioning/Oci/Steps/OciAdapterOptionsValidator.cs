using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>What the workflow's OCI steps need of <c>Oci:*</c> beyond the wire layer; every message names the key.</summary>
internal sealed class OciAdapterOptionsValidator : IValidateOptions<OciOptions>
{
    public ValidateOptionsResult Validate(string? name, OciOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsOcid(options.ParentTenancyId, "tenancy"))
        {
            failures.Add($"Oci:ParentTenancyId must be the parent tenancy's OCID (ocid1.tenancy...), was '{options.ParentTenancyId}'.");
        }

        if (options.SharedTenancyId is { Length: > 0 } shared && !IsOcid(shared, "tenancy"))
        {
            failures.Add($"Oci:SharedTenancyId must be a tenancy OCID (ocid1.tenancy...), was '{shared}'.");
        }

        var identity = options.WorkloadIdentity;
        if (string.IsNullOrWhiteSpace(identity.Namespace) || string.IsNullOrWhiteSpace(identity.ServiceAccount))
        {
            failures.Add("Oci:WorkloadIdentity:Namespace and Oci:WorkloadIdentity:ServiceAccount must name the bot's Kubernetes namespace and service account.");
        }

        if (!IsOcid(identity.ClusterId, "cluster"))
        {
            failures.Add($"Oci:WorkloadIdentity:ClusterId must be the OKE cluster's OCID (ocid1.cluster...), was '{identity.ClusterId}'.");
        }

        // The placeholder keeps the sandbox and development runs simple; on OKE it would put a cluster that does not exist
        // into the statements operators paste, so a real deployment must name its own.
        if (string.Equals(options.Auth, nameof(OciAuthKind.OkeWorkloadIdentity), StringComparison.OrdinalIgnoreCase)
            && identity.ClusterId == OciWorkloadIdentityOptions.SandboxClusterId)
        {
            failures.Add("Oci:WorkloadIdentity:ClusterId must be set to this OKE cluster's OCID when Oci:Auth is OkeWorkloadIdentity.");
        }

        if (new[] { identity.Namespace, identity.ServiceAccount, identity.ClusterId }.Any(v => v?.IndexOfAny(['\'', '{', '}']) >= 0))
        {
            failures.Add("Oci:WorkloadIdentity:Namespace, :ServiceAccount and :ClusterId must not contain quotes or braces (they go into policy statements).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOcid(string? value, string type) =>
        value is not null && value.StartsWith($"ocid1.{type}.", StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace);
}
