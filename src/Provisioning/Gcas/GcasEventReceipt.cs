namespace ChatOps.Provisioning.Gcas;

/// <summary>GCAS recorded the event: newly (201) or it already had this idempotency key with the same body (200).</summary>
public sealed record GcasEventReceipt(bool AlreadyRecorded);
