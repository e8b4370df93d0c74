namespace ChatOps.Provisioning.Template.Verify;

/// <summary>The drift check of every environment of a request (<c>/provision verify &lt;request id&gt;</c>).</summary>
public sealed record RequestDriftReport(string RequestId, IReadOnlyList<EnvironmentDrift> Environments)
{
    public bool HasDrift => Environments.Any(e => e.HasDrift);

    /// <summary>Some environment could not be checked.</summary>
    public bool HasErrors => Environments.Any(e => e.Error is not null);
}
