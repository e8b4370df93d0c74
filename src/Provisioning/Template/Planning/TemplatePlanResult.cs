using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Planning;

/// <summary>A plan, or why none could be made (an OCI error with its opc-request-id, or a template that does not fit the target).</summary>
public sealed record TemplatePlanResult(TemplatePlan? Plan, StepError? Error);
