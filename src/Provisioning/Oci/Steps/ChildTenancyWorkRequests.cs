using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// Follows a CREATE_CHILD_TENANCY work request: SUCCEEDED (or IN_PROGRESS at 100 %, a quirk of the service) gives
/// the child's OCID from its RELATED resource, which is then confirmed as an ACTIVE member of the organization;
/// FAILED or CANCELED ends the step with the work request's errors; anything else is polled again.
/// </summary>
internal sealed class ChildTenancyWorkRequests(OciOrganizationsClient organizations, OciOrganizationDirectory directory, IAuditTrail audit)
{
    public async Task<EnvironmentStep> FollowAsync(StepContext context, EnvironmentPlan environment, string workRequestId, CancellationToken cancellationToken)
    {
        var polled = await organizations.GetWorkRequestAsync(workRequestId, cancellationToken);
        if (!polled.IsSuccess)
        {
            return EnvironmentStep.Failed(OciStepFailures.Outcome(polled, $"GetWorkRequest {workRequestId}"));
        }

        var workRequest = polled.Value;
        if (workRequest.IsFailed)
        {
            return await FailedAsync(context, environment, workRequest, polled.OpcRequestId, cancellationToken);
        }

        if (!workRequest.IsDone)
        {
            return EnvironmentStep.Pending(polled.RetryAfter is { } after && after > TimeSpan.Zero
                ? after
                : WorkRequestPolling.NextPoll(workRequest, context.Now, context.Policy.PollInterval, context.Policy.PollInterval * 10));
        }

        if (workRequest.ChildTenancyId is not { } childId)
        {
            return EnvironmentStep.Failed(OciStepFailures.Permanent(
                "MissingChildTenancy", $"Work request {workRequestId} finished without a tenancy resource.", nameof(OciService.Organizations), polled.OpcRequestId));
        }

        return await ConfirmAsync(context, environment, childId, cancellationToken);
    }

    private async Task<EnvironmentStep> ConfirmAsync(StepContext context, EnvironmentPlan environment, string childId, CancellationToken cancellationToken)
    {
        var organization = await directory.OrganizationIdAsync(cancellationToken);
        if (!organization.IsSuccess)
        {
            return EnvironmentStep.Failed(OciStepFailures.Outcome(organization, "ListOrganizations"));
        }

        if (organization.Value is not { } organizationId)
        {
            return EnvironmentStep.Failed(OciStepFailures.Permanent("NoOrganization", "Oci:ParentTenancyId has no organization.", nameof(OciService.Organizations)));
        }

        var member = await organizations.GetOrganizationTenancyAsync(organizationId, childId, cancellationToken);
        if (!member.IsSuccess)
        {
            // The work request can finish a moment before the organization lists the child.
            return member.Error.IsNotFound
                ? EnvironmentStep.Pending(context.Policy.PollInterval)
                : EnvironmentStep.Failed(OciStepFailures.Outcome(member, $"GetOrganizationTenancy {childId}"));
        }

        switch (member.Value.LifecycleState)
        {
            case "ACTIVE":
                await audit.AppendAsync(new AuditRecord(Actor.Bot, "oci.tenancy.created", context.Request.Id, new JsonObject
                {
                    ["environment"] = environment.Key,
                    ["tenancyName"] = environment.TenancyName,
                    ["tenancyId"] = childId,
                    ["opcRequestId"] = member.OpcRequestId,
                }), cancellationToken);
                return EnvironmentStep.Finished(new Dictionary<string, string?> { [ProgressKeys.TenancyId(environment.Key)] = childId });
            case null or "CREATING":
                return EnvironmentStep.Pending(context.Policy.PollInterval);
            default:
                return EnvironmentStep.Failed(OciStepFailures.Permanent(
                    "TenancyNotActive", $"Child tenancy {environment.TenancyName} ({childId}) is {member.Value.LifecycleState}.", nameof(OciService.Organizations), member.OpcRequestId));
        }
    }

    private async Task<EnvironmentStep> FailedAsync(
        StepContext context, EnvironmentPlan environment, WorkRequest workRequest, string? opcRequestId, CancellationToken cancellationToken)
    {
        var errors = await organizations.ListAllWorkRequestErrorsAsync(workRequest.Id, cancellationToken);
        if (!errors.IsSuccess && errors.Error.IsTransient)
        {
            return EnvironmentStep.Failed(OciStepFailures.Outcome(errors, $"ListWorkRequestErrors {workRequest.Id}"));
        }

        var items = errors.Value ?? [];
        var details = items.Count > 0 ? string.Join("; ", items.Select(e => $"{e.Code}: {e.Message}")) : "no error details were given";
        var error = new StepError(
            items.FirstOrDefault()?.Code ?? "WorkRequestFailed",
            $"Creating tenancy {environment.TenancyName} ended {workRequest.Status} (work request {workRequest.Id}): {details}",
            errors.OpcRequestId ?? opcRequestId,
            null,
            nameof(OciService.Organizations));

        // The failed work request is done with; a Retry sends a new create under a new retry token (the old token
        // would only replay this failure).
        var next = OciTenancyProvisioner.Generation(context.Request, environment.Key) + 1;
        return EnvironmentStep.Failed(new StepOutcome.PermanentFailure(error), new Dictionary<string, string?>
        {
            [ProgressKeys.WorkRequestId(environment.Key)] = null,
            [OciTenancyProvisioner.GenerationKey(environment.Key)] = next.ToString(CultureInfo.InvariantCulture),
        });
    }
}
