namespace ChatOps.Provisioning.Outbox;

/// <summary>The kinds of outbox message and who delivers them.</summary>
public static class OutboxKinds
{
    /// <summary>A <see cref="Workflow.Events.RequestEvent"/> for the chat thread (the Slack notifier).</summary>
    public const string RequestEvent = "request.event";

    /// <summary>A <see cref="Gcas.GcasStatusEvent"/> for GCAS.</summary>
    public const string GcasStatus = "gcas.status";

    /// <summary>A <see cref="Notifications.RequesterNotice"/> e-mailed to the applicant.</summary>
    public const string Email = "email";

    /// <summary>An <see cref="Operations.OpsAlert"/> for the ops channel.</summary>
    public const string OpsAlert = "ops.alert";
}
