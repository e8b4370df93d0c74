using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Verify;

/// <summary>Checks live targets against the template: missing, different, and leftover resources the bot made. Changes nothing.</summary>
public interface ITemplateVerifier
{
    /// <summary>Against the configured template (<c>Template:Path</c>), every environment the request has a tenancy or compartment for.</summary>
    Task<RequestDriftReport> VerifyRequestAsync(ProvisioningRequest request, CancellationToken cancellationToken);

    Task<TemplateVerifyResult> VerifyAsync(TemplateDefinition template, TemplateTarget target, CancellationToken cancellationToken);
}
