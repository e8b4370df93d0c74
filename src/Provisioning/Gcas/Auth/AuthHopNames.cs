namespace ChatOps.Provisioning.Gcas.Auth;

internal static class AuthHopNames
{
    public static string Describe(AuthHop hop) => hop switch
    {
        AuthHop.SubjectTokenFile => "Kubernetes service-account token file",
        AuthHop.IdentityDomain => "OCI identity domain token endpoint",
        AuthHop.Sts => "Google STS token exchange",
        AuthHop.IamCredentials => "Google IAM Credentials generateAccessToken",
        _ => hop.ToString(),
    };
}
