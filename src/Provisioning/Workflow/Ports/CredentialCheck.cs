namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>
/// The result of an access check. <paramref name="Problem"/> says why access failed; <paramref name="Transient"/>
/// tells a passing fault (throttling, an outage) from a real lack of access.
/// </summary>
public sealed record CredentialCheck(bool HasAccess, StepError? Problem = null, bool Transient = false)
{
    public static CredentialCheck Granted { get; } = new(true);
}
