namespace ChatOps.Tests.Docs;

/// <summary>An options type of every shape the key walk knows, to prove the doc check finds what is missing.</summary>
internal sealed record SampleOptions
{
    public const string Section = "Sample";

    public string Name { get; init; } = "";

    public TimeSpan? Timeout { get; init; }

    public IReadOnlyList<string> Members { get; init; } = [];

    public Dictionary<string, double> Limits { get; init; } = [];

    public Dictionary<string, SampleStep> Steps { get; init; } = [];

    public SampleStep Nested { get; init; } = new();

    public string Computed => Name + "!";
}
