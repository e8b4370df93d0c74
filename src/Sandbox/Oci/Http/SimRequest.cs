using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>
/// What the pipeline learned about a request before the operation runs: region (from Host), caller (keyId) and
/// the tenancy the caller belongs to, which decides what it may see in other tenancies.
/// </summary>
internal sealed record SimRequest(string Region, string KeyId, string RequestId, string CallerTenancyId)
{
    private const string ItemKey = "oci-sim-request";

    public static SimRequest Of(HttpContext context) =>
        context.Items[ItemKey] as SimRequest ?? throw new InvalidOperationException("The OCI pipeline did not run.");

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
