namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>One hop of the federation chain, named in every error so an operator knows where to look.</summary>
public enum AuthHop
{
    SubjectTokenFile,
    IdentityDomain,
    Sts,
    IamCredentials,
}
