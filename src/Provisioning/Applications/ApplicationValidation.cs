namespace ChatOps.Provisioning.Applications;

/// <summary>The verdict on one raw application: either a clean application or every problem found.</summary>
public sealed record ApplicationValidation(
    string? ApplicationId,
    ValidatedApplication? Application,
    IReadOnlyList<ValidationProblem> Problems,
    ApplicationSummary Summary)
{
    public bool IsValid => Application is not null;
}
