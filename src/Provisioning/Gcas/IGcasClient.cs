namespace ChatOps.Provisioning.Gcas;

/// <summary>The GCAS API as the contract in docs/gcas-api.md defines it. Expected failures are values.</summary>
public interface IGcasClient
{
    /// <summary><c>GET v1/oci/applications?status=submitted&amp;after=…&amp;limit=Gcas:PageSize</c>.</summary>
    Task<GcasOutcome<GcasApplicationPage>> ListSubmittedApplicationsAsync(string? afterCursor, CancellationToken cancellationToken);

    /// <summary><c>GET v1/oci/applications/{applicationId}</c>.</summary>
    Task<GcasOutcome<GcasRawApplication>> GetApplicationAsync(string applicationId, CancellationToken cancellationToken);

    /// <summary><c>POST v1/oci/applications/{id}/status-events</c> with <c>Idempotency-Key</c> = the event's key.</summary>
    Task<GcasOutcome<GcasEventReceipt>> PostStatusEventAsync(GcasStatusEvent statusEvent, CancellationToken cancellationToken);
}
