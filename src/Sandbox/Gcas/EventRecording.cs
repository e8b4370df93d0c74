namespace ChatOps.Sandbox.Gcas;

/// <summary>What the store did with a posted status event.</summary>
public enum EventRecording
{
    Created,
    Replayed,
    KeyConflict,
    SequenceConflict,
    UnknownApplication,
}
