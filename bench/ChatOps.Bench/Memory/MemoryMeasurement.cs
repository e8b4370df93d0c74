namespace ChatOps.Bench.Memory;

/// <summary>Memory of the bot process (bytes) while holding <see cref="InFlight"/> requests.</summary>
internal sealed record MemoryMeasurement(int InFlight, TimeSpan TimeToAllInFlight, long Peak, long SteadyMean, long SteadyMax, int Samples);
