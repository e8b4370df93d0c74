namespace ChatOps.Sandbox.Gcas;

/// <summary>A status event as GCAS recorded it, with the exact JSON body it arrived with.</summary>
public sealed record RecordedStatusEvent(
    string ApplicationId,
    string IdempotencyKey,
    long Sequence,
    string Status,
    string BodyJson,
    DateTimeOffset ReceivedAt);
