using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Verify;

/// <summary>The drift check of one environment of a request: a report, or the error that prevented it (e.g. no tenancy yet).</summary>
public sealed record EnvironmentDrift(string EnvironmentKey, string? TargetId, TemplateDriftReport? Report, StepError? Error)
{
    public bool HasDrift => Report?.HasDrift ?? false;
}
