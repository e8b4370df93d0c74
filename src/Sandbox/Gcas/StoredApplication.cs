namespace ChatOps.Sandbox.Gcas;

/// <summary>An application held by the simulator: its position for cursors, its raw text and its GCAS status.</summary>
public sealed record StoredApplication(long Position, string ApplicationId, string RawJson, string Status);
