using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Verify;

/// <summary>A drift report, or why the target could not be read.</summary>
public sealed record TemplateVerifyResult(TemplateDriftReport? Report, StepError? Error);
