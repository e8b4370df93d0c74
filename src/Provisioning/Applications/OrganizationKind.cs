namespace ChatOps.Provisioning.Applications;

public enum OrganizationKind
{
    /// <summary>国の機関</summary>
    Ministry,

    /// <summary>地方公共団体</summary>
    LocalGovernment,

    /// <summary>準公共</summary>
    QuasiPublic,
}
