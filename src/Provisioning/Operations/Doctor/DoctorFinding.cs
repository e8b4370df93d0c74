namespace ChatOps.Provisioning.Operations.Doctor;

/// <summary>One line of the doctor's table: what was checked, how it went, and how to fix it when it failed.</summary>
public sealed record DoctorFinding(string Check, DoctorStatus Status, string Detail, string? Fix = null)
{
    public static DoctorFinding Ok(string check, string detail) => new(check, DoctorStatus.Ok, detail);

    public static DoctorFinding Failed(string check, string detail, string fix) => new(check, DoctorStatus.Failed, detail, fix);

    public static DoctorFinding Skipped(string check, string detail) => new(check, DoctorStatus.Skipped, detail);
}
