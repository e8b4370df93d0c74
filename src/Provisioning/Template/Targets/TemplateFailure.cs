using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Targets;

/// <summary>Why a template operation stopped, and whether trying again later may help (throttling, 5xx, network).</summary>
internal sealed record TemplateFailure(StepError Error, bool IsTransient)
{
    public StepOutcome ToOutcome(IReadOnlyDictionary<string, string?> progress) => IsTransient
        ? new StepOutcome.TransientFailure(Error) { Progress = progress }
        : new StepOutcome.PermanentFailure(Error) { Progress = progress };
}
