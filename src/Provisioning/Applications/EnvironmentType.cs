namespace ChatOps.Provisioning.Applications;

public enum EnvironmentType
{
    /// <summary>本番</summary>
    Production,

    /// <summary>検証</summary>
    Staging,

    /// <summary>開発 (only for systems with CI/CD)</summary>
    Development,
}
