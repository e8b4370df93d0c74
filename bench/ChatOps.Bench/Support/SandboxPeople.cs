using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Sandbox.World;

namespace ChatOps.Bench.Support;

/// <summary>
/// The people of a wave, automated: an approver approves every application waiting for approval, and each child's
/// administrator applies the policies the bot asks for, after which an operator confirms (as the sandbox flow does).
/// Each acts on their own request without waiting for the others, as people do: a confirmation waits for the bot's
/// access check, and one after the other they would queue behind each other's OCI calls.
/// </summary>
internal sealed class SandboxPeople(InProcessBot bot, SandboxWorld world)
{
    private readonly HashSet<string> _approved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _credentialed = new(StringComparer.Ordinal);

    public int Approvals => _approved.Count;

    public int PolicySetups => _credentialed.Count;

    /// <summary>Acts on everything waiting for a person until cancelled.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var store = bot.Get<RequestStore>();
        var commands = bot.Get<RequestCommandService>();
        var verifier = bot.Get<ICredentialVerifier>();
        var approver = Actor.Human(world.Cast.Approver1.Id, world.Cast.Approver1.User.Name);
        var op = Actor.Human(world.Cast.Operator.Id, world.Cast.Operator.User.Name);
        var acting = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                foreach (var request in store.InStates([RequestState.AwaitingApproval, RequestState.AwaitingCredentials]))
                {
                    if (Act(request, commands, verifier, approver, op, cancellationToken) is { } action)
                    {
                        acting.Add(action);
                    }
                }

                if (acting.FirstOrDefault(task => task.IsFaulted) is { } failed)
                {
                    await failed;
                }

                acting.RemoveAll(task => task.IsCompletedSuccessfully);
                await Task.Delay(interval, cancellationToken);
            }
        }
        finally
        {
            await Task.WhenAll(acting).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>What a person does about <paramref name="request"/> the first time they see it waiting; null if nothing.</summary>
    private Task<CommandResult>? Act(
        ProvisioningRequest request, RequestCommandService commands, ICredentialVerifier verifier, Actor approver, Actor op, CancellationToken cancellationToken)
    {
        if (request.State == RequestState.AwaitingApproval && _approved.Add(request.Id))
        {
            return commands.ExecuteAsync(new RequestCommand(request.Id, RequestAction.Approve, approver), cancellationToken);
        }

        if (request.State != RequestState.AwaitingCredentials || request.DueAt is null || !_credentialed.Add(request.Id))
        {
            return null;
        }

        foreach (var child in verifier.Instructions(request).Tenancies)
        {
            world.Oci.ApplyPolicyAsAdministrator(child.TenancyId, child.ChildPolicyName, child.ChildStatements);
            world.Oci.ApplyParentPolicyAsAdministrator(child.ParentPolicyName, child.ParentStatements);
        }

        // Refused as no longer needed when the bot noticed the access first; either way it moves on.
        return commands.ExecuteAsync(new RequestCommand(request.Id, RequestAction.ConfirmCredentials, op), cancellationToken);
    }
}
