namespace ChatOps.Provisioning.Operations.Doctor;

/// <summary>One dependency the bot needs, checked without changing anything it owns.</summary>
public interface IDoctorCheck
{
    string Name { get; }

    Task<DoctorFinding> RunAsync(CancellationToken cancellationToken);
}
