namespace ChatOps.Provisioning.Oci;

/// <summary>
/// <c>Oci:WorkloadIdentity</c>: where the OKE proxymux is and where the pod's service-account files are. Empty
/// values fall back to the environment variables and paths OCI's own SDKs use.
/// </summary>
internal sealed record OciWorkloadIdentityOptions
{
    public const string DefaultTokenPath = "/var/run/secrets/kubernetes.io/serviceaccount/token";
    public const string DefaultCaCertPath = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";

    /// <summary>Defaults to <c>KUBERNETES_SERVICE_HOST</c>.</summary>
    public string? Host { get; init; }

    public int Port { get; init; } = 12250;

    public string Path { get; init; } = "/resourcePrincipalSessionTokens";

    public string? TokenPath { get; init; }

    /// <summary>Defaults to <c>OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH</c>, then the service-account CA.</summary>
    public string? CaCertPath { get; init; }

    // The bot's own workload identity (Kubernetes namespace, service account, OKE cluster OCID): the conditions of
    // the cross-tenancy statements operators apply. Namespace and service account default to deploy/k8s; the cluster
    // placeholder suits the sandbox only and is refused on OKE.
    public const string SandboxClusterId = "ocid1.cluster.oc1.ap-tokyo-1.aaaaaaaasandboxchatopscluster";

    public string Namespace { get; init; } = "chatops";

    public string ServiceAccount { get; init; } = "chatops";

    public string ClusterId { get; init; } = SandboxClusterId;
}
