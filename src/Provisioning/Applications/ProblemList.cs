namespace ChatOps.Provisioning.Applications;

/// <summary>Collects every problem of one application, so the applicant hears about all of them at once.</summary>
internal sealed class ProblemList
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Items => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(string field, string ja, string en) => _problems.Add(new ValidationProblem(field, ja, en));

    public void Missing(string field) => Add(field, "必須項目がありません。", "This field is required.");

    public void WrongType(string field, string expectedJa, string expectedEn) =>
        Add(field, $"{expectedJa}で指定してください。", $"Must be {expectedEn}.");
}
