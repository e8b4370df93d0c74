namespace ChatOps.Sandbox.Page;

/// <summary>A fault armed from the panel, listed until cleared (the simulator itself keeps only what is left to hit).</summary>
internal sealed record ArmedOciFault(string Kind, string Label, int Count, DateTimeOffset At);
