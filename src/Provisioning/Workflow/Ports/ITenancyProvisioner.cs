namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>
/// Creates one OCI child tenancy per environment of a single-use application. Idempotent: it continues from
/// what <see cref="StepContext.Request"/>'s progress records, and its create calls carry a retry token derived
/// from the request, so a crash between "sent" and "recorded" never makes a second tenancy. Records each
/// tenancy's OCID under <see cref="ProgressKeys.TenancyId"/>.
/// </summary>
public interface ITenancyProvisioner
{
    Task<StepOutcome> CreateTenanciesAsync(StepContext context, CancellationToken cancellationToken);
}
