namespace ChatOps.Sandbox.Page;

/// <summary>A fault to arm: one of <see cref="OciFaultBoard.Kinds"/>, and how many calls it hits.</summary>
internal sealed record OciFaultRequest(string Kind, int? Count);
