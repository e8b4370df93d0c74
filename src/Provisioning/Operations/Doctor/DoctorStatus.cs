namespace ChatOps.Provisioning.Operations.Doctor;

public enum DoctorStatus
{
    Ok,
    Failed,

    /// <summary>Not applicable in this configuration (e.g. the SMTP check when no mail server is configured).</summary>
    Skipped,
}
