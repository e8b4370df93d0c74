namespace ChatOps.Provisioning.Common;

/// <summary>The wake-up signals of the background loops, one singleton so any writer can poke the right loop.</summary>
public sealed class WorkSignals
{
    public WakeSignal Engine { get; } = new();

    public WakeSignal Outbox { get; } = new();
}
