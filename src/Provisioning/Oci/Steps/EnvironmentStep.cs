using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// What one environment's part of a step run came to: progress to record, and either a failure that ends the run,
/// a time after which to look again, or neither (this environment is finished).
/// </summary>
internal sealed record EnvironmentStep(IReadOnlyDictionary<string, string?> Progress, StepOutcome? Failure = null, TimeSpan? LookAgainAfter = null)
{
    public static EnvironmentStep Finished(IReadOnlyDictionary<string, string?>? progress = null) => new(progress ?? Empty);

    public static EnvironmentStep Pending(TimeSpan after, IReadOnlyDictionary<string, string?>? progress = null) => new(progress ?? Empty, null, after);

    public static EnvironmentStep Failed(StepOutcome failure, IReadOnlyDictionary<string, string?>? progress = null) => new(progress ?? Empty, failure);

    private static IReadOnlyDictionary<string, string?> Empty { get; } = new Dictionary<string, string?>();
}
