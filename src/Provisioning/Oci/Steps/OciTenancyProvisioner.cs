using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// CreatingTenancy on OCI: one CreateChildTenancy per environment, followed through its work request to the
/// child's OCID. Each run continues from progress: a recorded tenancy is skipped, a recorded work request is
/// polled, anything else is (re-)sent with a retry token derived from the request, so a crash between "sent" and
/// "recorded" makes OCI answer the re-send with the first work request instead of a second tenancy.
/// </summary>
internal sealed class OciTenancyProvisioner(
    OciOrganizationsClient organizations,
    ChildTenancyWorkRequests workRequests,
    IAuditTrail audit,
    IOptions<OciOptions> options) : ITenancyProvisioner
{
    public const string StepName = nameof(RequestState.CreatingTenancy);

    /// <summary>Name of the administrator policy OCI writes into each child (letters and underscores only).</summary>
    public const string AdminPolicyName = "chatops_admin_policy";

    public const string WaitingNote = "子テナンシ作成中 / child tenancy being created";

    /// <summary>Which CreateChildTenancy of an environment this is: raised when a work request failed, so Retry sends a new one.</summary>
    public static string GenerationKey(string environmentKey) => $"oci.tenancy.{environmentKey}.generation";

    public static string RetryToken(string requestId, string environmentKey, int generation) =>
        OciRetryToken.Derive(requestId, generation <= 1 ? StepName : $"{StepName}/{generation.ToString(CultureInfo.InvariantCulture)}", environmentKey);

    public static int Generation(ProvisioningRequest request, string environmentKey) =>
        int.TryParse(request.ProgressValue(GenerationKey(environmentKey)), NumberStyles.None, CultureInfo.InvariantCulture, out var generation) ? generation : 1;

    public Task<StepOutcome> CreateTenanciesAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parentId = options.Value.ParentTenancyId;
        if (string.IsNullOrWhiteSpace(parentId))
        {
            return Task.FromResult<StepOutcome>(OciStepFailures.Permanent("Misconfigured", "Oci:ParentTenancyId is not configured.", nameof(OciService.Organizations)));
        }

        return EnvironmentSteps.RunAsync(
            context,
            environment =>
            {
                if (context.Request.ProgressValue(ProgressKeys.TenancyId(environment.Key)) is not null)
                {
                    return Task.FromResult(EnvironmentStep.Finished());
                }

                return context.Request.ProgressValue(ProgressKeys.WorkRequestId(environment.Key)) is { } workRequestId
                    ? workRequests.FollowAsync(context, environment, workRequestId, cancellationToken)
                    : SendAsync(context, environment, parentId, cancellationToken);
            },
            Trigger.TenancyCreated,
            WaitingNote);
    }

    private async Task<EnvironmentStep> SendAsync(StepContext context, EnvironmentPlan environment, string parentId, CancellationToken cancellationToken)
    {
        var application = context.Application;
        var request = context.Request;
        if (application.AdminEmails.FirstOrDefault() is not { } adminEmail)
        {
            return EnvironmentStep.Failed(OciStepFailures.Permanent("MissingAdminEmail", "The application names no administrator e-mail for the child tenancy.", nameof(OciService.Organizations)));
        }

        var details = new CreateChildTenancyDetails(parentId, environment.TenancyName, application.HomeRegion, adminEmail)
        {
            PolicyName = AdminPolicyName,
            GovernanceStatus = "OPTED_IN",
        };
        var token = RetryToken(request.Id, environment.Key, Generation(request, environment.Key));
        var sent = await organizations.CreateChildTenancyAsync(details, token, cancellationToken);
        if (!sent.IsSuccess)
        {
            return EnvironmentStep.Failed(OciStepFailures.Outcome(sent, $"CreateChildTenancy {environment.TenancyName}"));
        }

        if (sent.Value.WorkRequestId is not { } workRequestId)
        {
            return EnvironmentStep.Failed(OciStepFailures.Permanent(
                "MissingWorkRequestId", "CreateChildTenancy was accepted without an opc-work-request-id.", nameof(OciService.Organizations), sent.OpcRequestId));
        }

        await audit.AppendAsync(new AuditRecord(Actor.Bot, "oci.tenancy.create.sent", request.Id, new JsonObject
        {
            ["environment"] = environment.Key,
            ["tenancyName"] = environment.TenancyName,
            ["homeRegion"] = application.HomeRegion,
            ["workRequestId"] = workRequestId,
            ["opcRequestId"] = sent.OpcRequestId,
        }), cancellationToken);
        return EnvironmentStep.Pending(context.Policy.PollInterval, new Dictionary<string, string?> { [ProgressKeys.WorkRequestId(environment.Key)] = workRequestId });
    }
}
