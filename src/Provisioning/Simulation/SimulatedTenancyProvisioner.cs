using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Simulation;

/// <summary>
/// Creates simulated child tenancies the way the real adapter does: one create per environment with a retry
/// token derived from the request, the work-request id recorded, then polled until the tenancy is ready.
/// </summary>
public sealed class SimulatedTenancyProvisioner(SimulatedCloud cloud) : ITenancyProvisioner
{
    public async Task<StepOutcome> CreateTenanciesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var progress = new Dictionary<string, string?>();
        DateTimeOffset? nextPoll = null;
        foreach (var environment in context.Application.Environments)
        {
            if (request.ProgressValue(ProgressKeys.TenancyId(environment.Key)) is not null)
            {
                continue;
            }

            using var call = await cloud.EnterAsync(SimulatedOperation.CreateTenancy, request.Id, cancellationToken);
            if (StepOutcomes.Fault(cloud, SimulatedOperation.CreateTenancy) is { } fault)
            {
                return fault with { Progress = progress };
            }

            var token = $"{request.Id}/{environment.Key}";
            var tenancy = cloud.Tenancies.GetOrAdd(token, _ => new SimulatedTenancy(
                StepOutcomes.Ocid("workrequest"), StepOutcomes.Ocid("tenancy"), environment.TenancyName, context.Now + cloud.Options.TenancyDuration));
            await cloud.CheckpointAsync(SimulatedOperation.CreateTenancy, request.Id, cancellationToken);
            progress[ProgressKeys.WorkRequestId(environment.Key)] = tenancy.WorkRequestId;
            if (tenancy.ReadyAt <= cloud.Time.GetUtcNow())
            {
                progress[ProgressKeys.TenancyId(environment.Key)] = tenancy.TenancyId;
            }
            else
            {
                nextPoll = nextPoll is { } earlier && earlier < tenancy.ReadyAt ? earlier : tenancy.ReadyAt;
            }
        }

        return nextPoll is null
            ? new StepOutcome.Done(Trigger.TenancyCreated) { Progress = progress }
            : new StepOutcome.Wait(nextPoll) { Progress = progress, Note = "子テナンシ作成中 / child tenancy being created" };
    }
}
