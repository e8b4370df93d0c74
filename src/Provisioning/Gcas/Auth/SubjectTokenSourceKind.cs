namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>Where the external (OIDC) token that Google STS exchanges comes from.</summary>
public enum SubjectTokenSourceKind
{
    /// <summary>A projected Kubernetes service-account token file (OKE OIDC discovery). Needs no secret.</summary>
    KubernetesServiceAccount,

    /// <summary>An OCI identity-domain confidential application's client-credentials access token.</summary>
    IdentityDomain,
}
