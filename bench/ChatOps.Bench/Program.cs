using ChatOps.Bench.Support;

return await BenchRunner.RunAsync(args);
