namespace ChatOps.Bench.Support;

/// <summary>One benchmark: it runs, measures, and returns its table (and whether its target was met).</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<BenchResult> RunAsync(BenchArguments arguments, CancellationToken cancellationToken);
}
