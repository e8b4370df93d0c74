namespace ChatOps.Bench.Support;

/// <summary>A benchmark's table rows (metric, value, target) and whether every target was met.</summary>
internal sealed record BenchResult(string Title, IReadOnlyList<BenchRow> Rows)
{
    public bool TargetsMet => Rows.All(r => r.Met != false);
}
