using ChatOps.Sandbox.Oci.Control;

namespace ChatOps.Sandbox.Page;

/// <summary>A fault the OCI panel can arm: its key, what the button says, and how it arms the simulator.</summary>
internal sealed record OciFaultKind(string Kind, string Label, int DefaultCount, Action<OciFaults, int> Arm);
