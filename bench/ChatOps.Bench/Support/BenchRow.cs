namespace ChatOps.Bench.Support;

internal sealed record BenchRow(string Metric, string Value, string? Target = null, bool? Met = null);
