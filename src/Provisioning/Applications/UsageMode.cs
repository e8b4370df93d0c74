namespace ChatOps.Provisioning.Applications;

public enum UsageMode
{
    /// <summary>単独利用: one child tenancy per environment.</summary>
    Single,

    /// <summary>共同利用: a compartment per environment in the shared tenancy of the operator.</summary>
    Shared,
}
