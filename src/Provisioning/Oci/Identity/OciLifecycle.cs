namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Lifecycle states of IAM resources. New compartments and policies start CREATING; use them once ACTIVE.</summary>
internal static class OciLifecycle
{
    public const string Creating = "CREATING";
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
    public const string Deleting = "DELETING";
    public const string Deleted = "DELETED";
}
