using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Simulation;

/// <summary>
/// Access to a simulated tenancy exists once an operator confirmed the policies (or at once when
/// <see cref="SimulationOptions.AccessWithoutConfirmation"/> is set), unless a test denies it.
/// </summary>
public sealed class SimulatedCredentialVerifier(SimulatedCloud cloud) : ICredentialVerifier
{
    public async Task<CredentialCheck> CheckAccessAsync(StepContext context, CancellationToken cancellationToken)
    {
        using var call = await cloud.EnterAsync(SimulatedOperation.CheckAccess, context.Request.Id, cancellationToken);
        if (cloud.TakeFault(SimulatedOperation.CheckAccess) is { } kind)
        {
            return new CredentialCheck(false, SimulatedCloud.Error(SimulatedOperation.CheckAccess, kind), kind == FaultKind.Transient);
        }

        await cloud.CheckpointAsync(SimulatedOperation.CheckAccess, context.Request.Id, cancellationToken);
        var tenancies = context.Application.Environments.Select(e => context.Request.ProgressValue(ProgressKeys.TenancyId(e.Key))!).ToList();
        if (tenancies.FirstOrDefault(cloud.DeniedAccess.ContainsKey) is { } denied)
        {
            return new CredentialCheck(false, new StepError("NotAuthorizedOrNotFound", $"Authorization failed or requested resource not found in {denied}.", $"sim-{Guid.NewGuid():N}", 404, "Identity"));
        }

        return context.Request.CredentialsConfirmation is not null || cloud.Options.AccessWithoutConfirmation
            ? CredentialCheck.Granted
            : new CredentialCheck(false, new StepError("NotAuthorizedOrNotFound", "The bot cannot read the child tenancy yet.", null, 404, "Identity"));
    }

    public CredentialInstructions Instructions(ProvisioningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var items = (request.Application?.Environments ?? []).Select(e =>
        {
            var tenancyId = request.ProgressValue(ProgressKeys.TenancyId(e.Key)) ?? "(not yet created)";
            return new TenancyCredentialInstruction(
                e.Key, e.TenancyName, tenancyId,
                "chatops_admit", [$"Define tenancy ParentTenancy as ocid1.tenancy.oc1..simparent", $"Admit any-user of tenancy ParentTenancy to manage all-resources in tenancy"],
                $"chatops_endorse_{e.TenancyName}", [$"Define tenancy {e.TenancyName} as {tenancyId}", $"Endorse any-user to manage all-resources in tenancy {e.TenancyName}"]);
        }).ToList();
        return new CredentialInstructions(items);
    }
}
