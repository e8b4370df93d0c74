using System.Runtime.InteropServices;
using ChatOps.Bench.Audit;
using ChatOps.Bench.Memory;
using ChatOps.Bench.Resume;
using ChatOps.Bench.Wave;

namespace ChatOps.Bench.Support;

/// <summary>Picks the benchmark by name, runs it, prints its table with the machine it ran on.</summary>
internal static class BenchRunner
{
    private static readonly IBenchmark[] Benchmarks = [new AuditBenchmark(), new Ack.AckBenchmark(), new WaveBenchmark(), new MemoryBenchmark(), new ResumeBenchmark()];

    public static async Task<int> RunAsync(string[] args)
    {
        var benchmark = args.Length > 0 ? Benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
        if (benchmark is null)
        {
            Console.WriteLine("usage: dotnet run -c Release --project bench/ChatOps.Bench -- <name> [--option value …]");
            foreach (var known in Benchmarks)
            {
                Console.WriteLine($"  {known.Name,-8} {known.Description}");
            }

            return 2;
        }

        var result = await benchmark.RunAsync(BenchArguments.Parse(args.Skip(1)), CancellationToken.None);
        Print(result);
        return result.TargetsMet ? 0 : 1;
    }

    private static void Print(BenchResult result)
    {
        Console.WriteLine();
        Console.WriteLine($"## {result.Title}");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| metric | value | target | met |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in result.Rows)
        {
            Console.WriteLine($"| {row.Metric} | {row.Value} | {row.Target ?? ""} | {(row.Met is null ? "" : row.Met.Value ? "yes" : "NO")} |");
        }
    }
}
