namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>Where a kill is aimed.</summary>
internal enum KillAim
{
    /// <summary>While the process starts: store opening, indexes, Socket Mode connecting.</summary>
    Startup,

    /// <summary>Right after the n-th OCI call from now: between "sent" and "recorded".</summary>
    OciCall,

    /// <summary>Right after a GCAS status event lands: between delivery and the outbox marking it done.</summary>
    GcasEvent,

    /// <summary>At a random moment of a running bot.</summary>
    Anytime,
}
