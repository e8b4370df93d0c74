namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>
/// Applies the mandatory template (必須適用テンプレート) to every environment: get-or-create by name, recording
/// each created OCID in progress so a retry continues where the last attempt stopped.
/// </summary>
public interface ITemplateApplier
{
    Task<StepOutcome> ApplyTemplateAsync(StepContext context, CancellationToken cancellationToken);
}
