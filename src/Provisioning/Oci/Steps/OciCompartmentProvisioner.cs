using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// CreatingCompartment on OCI (shared use): get-or-create, by name, one compartment per environment directly under
/// <c>Oci:SharedTenancyId</c>, in that tenancy's home region; a compartment counts once it is ACTIVE. A compartment
/// of that name made earlier (an earlier run, or by hand) is reused, never duplicated.
/// </summary>
internal sealed class OciCompartmentProvisioner(
    OciCompartmentsClient compartments,
    OciRegionDirectory regions,
    IAuditTrail audit,
    IOptions<OciOptions> options) : ICompartmentProvisioner
{
    public const string StepName = nameof(RequestState.CreatingCompartment);

    public async Task<StepOutcome> CreateCompartmentsAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.SharedTenancyId is not { Length: > 0 } sharedTenancyId)
        {
            return OciStepFailures.Permanent("Misconfigured", "Oci:SharedTenancyId is not configured.", nameof(OciService.Identity));
        }

        var home = await regions.HomeRegionOfAsync(sharedTenancyId, cancellationToken);
        if (!home.IsSuccess)
        {
            return OciStepFailures.Outcome(home, "GetTenancy (shared tenancy)");
        }

        if (home.Value is not { } homeRegion)
        {
            return OciStepFailures.Permanent("UnknownRegion", $"The home region of {sharedTenancyId} is not a region OCI lists.", nameof(OciService.Identity));
        }

        return await EnvironmentSteps.RunAsync(
            context,
            environment => context.Request.ProgressValue(ProgressKeys.CompartmentId(environment.Key)) is not null
                ? Task.FromResult(EnvironmentStep.Finished())
                : GetOrCreateAsync(context, environment, sharedTenancyId, homeRegion, cancellationToken),
            Trigger.CompartmentCreated,
            "コンパートメント作成中 / compartments being created");
    }

    private async Task<EnvironmentStep> GetOrCreateAsync(
        StepContext context, EnvironmentPlan environment, string sharedTenancyId, string homeRegion, CancellationToken cancellationToken)
    {
        var name = environment.TenancyName;
        var listed = await compartments.ListAllCompartmentsAsync(homeRegion, sharedTenancyId, name, cancellationToken);
        if (!listed.IsSuccess)
        {
            return EnvironmentStep.Failed(OciStepFailures.Outcome(listed, $"ListCompartments {name}"));
        }

        var compartment = listed.Value.FirstOrDefault(c => c.Name == name && c.LifecycleState is not (OciLifecycle.Deleted or OciLifecycle.Deleting));
        if (compartment is null)
        {
            var created = await CreateAsync(context, environment, sharedTenancyId, homeRegion, cancellationToken);
            if (created.Failure is not null || created.Compartment is null)
            {
                return created.Failure is { } failure ? EnvironmentStep.Failed(failure) : EnvironmentStep.Pending(context.Policy.PollInterval);
            }

            compartment = created.Compartment;
        }

        return compartment.LifecycleState switch
        {
            OciLifecycle.Active => EnvironmentStep.Finished(new Dictionary<string, string?> { [ProgressKeys.CompartmentId(environment.Key)] = compartment.Id }),
            OciLifecycle.Creating => EnvironmentStep.Pending(context.Policy.PollInterval),
            _ => EnvironmentStep.Failed(OciStepFailures.Permanent(
                "CompartmentNotActive", $"Compartment {name} ({compartment.Id}) exists but is {compartment.LifecycleState}.", nameof(OciService.Identity))),
        };
    }

    private async Task<(Compartment? Compartment, StepOutcome? Failure)> CreateAsync(
        StepContext context, EnvironmentPlan environment, string sharedTenancyId, string homeRegion, CancellationToken cancellationToken)
    {
        var application = context.Application;
        var description = $"{application.OrganizationName} {application.SystemName} ({environment.Key}) — GCAS {application.ApplicationId}";
        var details = new CreateCompartmentDetails(sharedTenancyId, environment.TenancyName, description)
        {
            FreeformTags = new Dictionary<string, string> { ["GcasApplicationId"] = application.ApplicationId, ["Environment"] = environment.Key },
        };
        var token = OciRetryToken.Derive(context.Request.Id, StepName, environment.Key);
        var created = await compartments.CreateCompartmentAsync(homeRegion, details, token, cancellationToken);
        if (!created.IsSuccess)
        {
            // Someone made it between our list and our create: the next poll finds it by name.
            return created.Error.IsAlreadyExists ? (null, null) : (null, OciStepFailures.Outcome(created, $"CreateCompartment {environment.TenancyName}"));
        }

        await audit.AppendAsync(new AuditRecord(Actor.Bot, "oci.compartment.create.sent", context.Request.Id, new JsonObject
        {
            ["environment"] = environment.Key,
            ["name"] = environment.TenancyName,
            ["compartmentId"] = created.Value.Id,
            ["parentId"] = sharedTenancyId,
            ["homeRegion"] = homeRegion,
            ["opcRequestId"] = created.OpcRequestId,
        }), cancellationToken);
        return (created.Value, null);
    }
}
