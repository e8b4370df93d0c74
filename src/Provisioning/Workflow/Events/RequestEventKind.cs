namespace ChatOps.Provisioning.Workflow.Events;

public enum RequestEventKind
{
    /// <summary>A new application arrived: open its thread.</summary>
    Created,

    /// <summary>A trigger fired (possibly an internal transition, e.g. credentials confirmed).</summary>
    Transitioned,

    /// <summary>A step has something to say while it waits (progress, waiting for a person, a failed check).</summary>
    Note,

    /// <summary>A step failed in a way that may pass; the next automatic attempt is scheduled.</summary>
    RetryScheduled,
}
