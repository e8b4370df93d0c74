using System.Collections.Concurrent;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Tests.Oci.Support;

/// <summary>Stands in for the template engine (built separately): records which targets it was asked to apply to, and is done.</summary>
internal sealed class RecordingTemplateApplier : ITemplateApplier
{
    private readonly ConcurrentQueue<(string RequestId, IReadOnlyList<string?> Targets)> _calls = new();

    public IReadOnlyList<(string RequestId, IReadOnlyList<string?> Targets)> Calls => [.. _calls];

    public Task<StepOutcome> ApplyTemplateAsync(StepContext context, CancellationToken cancellationToken)
    {
        var shared = context.Application.UsageMode == UsageMode.Shared;
        var targets = context.Application.Environments
            .Select(e => context.Request.ProgressValue(shared ? ProgressKeys.CompartmentId(e.Key) : ProgressKeys.TenancyId(e.Key)))
            .ToList();
        _calls.Enqueue((context.Request.Id, targets));
        return Task.FromResult<StepOutcome>(new StepOutcome.Done(Trigger.TemplateApplied));
    }
}
