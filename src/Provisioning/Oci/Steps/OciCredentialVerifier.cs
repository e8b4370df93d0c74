using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// AwaitingCredentials on OCI. <see cref="Instructions"/> gives, per child, the exact statements to apply (admit in
/// the child, endorse in the parent); <see cref="CheckAccessAsync"/> reads each child's compartments with the
/// bot's own identity. A read that works in every child means access is granted, whether an operator applied the
/// statements or the tenancy let the bot in already; 401/404 means not yet; throttling and outages are transient.
/// </summary>
internal sealed class OciCredentialVerifier(OciCompartmentsClient compartments, IOptions<OciOptions> options) : ICredentialVerifier
{
    public const string NotCreated = "(not yet created)";

    public async Task<CredentialCheck> CheckAccessAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var environment in context.Application.Environments)
        {
            if (context.Request.ProgressValue(ProgressKeys.TenancyId(environment.Key)) is not { } tenancyId)
            {
                return new CredentialCheck(false, new StepError("MissingTenancy", $"No tenancy is recorded for {environment.Key}.", Service: nameof(OciService.Identity)));
            }

            // Any read in the child needs the cross-tenancy grant; the home region answers for IAM.
            var read = await compartments.ListCompartmentsAsync(context.Application.HomeRegion, tenancyId, null, null, cancellationToken);
            if (!read.IsSuccess)
            {
                var error = OciStepFailures.ToStepError(read.Error, $"{environment.Key} {environment.TenancyName} ({tenancyId})");
                return new CredentialCheck(false, error, read.Error.IsTransient);
            }
        }

        return CredentialCheck.Granted;
    }

    public CredentialInstructions Instructions(ProvisioningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parentId = options.Value.ParentTenancyId ?? "(Oci:ParentTenancyId is not configured)";
        var identity = options.Value.WorkloadIdentity;
        var items = (request.Application?.Environments ?? []).Select(environment =>
        {
            var tenancyId = request.ProgressValue(ProgressKeys.TenancyId(environment.Key)) ?? NotCreated;
            return new TenancyCredentialInstruction(
                environment.Key,
                environment.TenancyName,
                tenancyId,
                CrossTenancyStatements.ChildPolicyName,
                CrossTenancyStatements.Child(parentId, identity),
                CrossTenancyStatements.ParentPolicyName(environment.TenancyName),
                CrossTenancyStatements.Parent(environment.TenancyName, tenancyId, identity));
        }).ToList();
        return new CredentialInstructions(items);
    }
}
