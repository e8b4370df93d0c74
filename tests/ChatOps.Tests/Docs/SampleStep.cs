namespace ChatOps.Tests.Docs;

/// <summary>A nested options object of <see cref="SampleOptions"/>.</summary>
internal sealed record SampleStep
{
    public int MaxAttempts { get; init; } = 5;
}
