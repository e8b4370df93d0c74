namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>
/// The one manual step of the seed: the bot's own identity must be allowed to manage each new child tenancy.
/// The verifier tells what to paste where, and checks access with a harmless read in each child.
/// </summary>
public interface ICredentialVerifier
{
    Task<CredentialCheck> CheckAccessAsync(StepContext context, CancellationToken cancellationToken);

    CredentialInstructions Instructions(ProvisioningRequest request);
}
