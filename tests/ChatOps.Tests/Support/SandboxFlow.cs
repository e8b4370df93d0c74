using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Tests.Support;

/// <summary>
/// Drives one application through a bot host running in sandbox mode, doing what people do: GCAS submits it, an
/// approver approves, the child's administrator applies the policies the bot shows, an operator confirms.
/// </summary>
internal static class SandboxFlow
{
    /// <summary>Sandbox timings short enough for tests.</summary>
    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Sandbox:TenancyCreationTime"] = "00:00:01",
        ["Sandbox:RegionActivationTime"] = "00:00:01",
        ["Sandbox:StepPollInterval"] = "00:00:00.300",
        ["Sandbox:GcasPollInterval"] = "00:00:00.300",
    };

    public static async Task<ProvisioningRequest> SubmitAsync(BotHost host, JsonObject application)
    {
        host.Sandbox.World.Gcas.AddApplication(application);
        var id = application["applicationId"]!.GetValue<string>();
        return (await WaitAsync(host, () => host.Get<RequestStore>().FindByGcasId(id), r => r is not null))!;
    }

    public static async Task<ProvisioningRequest> CompleteAsync(BotHost host, ProvisioningRequest request)
    {
        var world = host.Sandbox.World;
        var commands = host.Get<RequestCommandService>();
        await WaitAsync(host, () => host.Get<RequestStore>().Get(request.Id), r => r!.State == RequestState.AwaitingApproval);
        Assert.IsType<CommandResult.Accepted>(await commands.ExecuteAsync(
            new RequestCommand(request.Id, RequestAction.Approve, Actor.Human(world.Cast.Approver1.Id, world.Cast.Approver1.User.Name)), CancellationToken.None));
        var waiting = await WaitAsync(host, () => host.Get<RequestStore>().Get(request.Id), r => r!.State == RequestState.AwaitingCredentials && r.DueAt is not null);

        foreach (var child in host.Get<ICredentialVerifier>().Instructions(waiting!).Tenancies)
        {
            world.Oci.ApplyPolicyAsAdministrator(child.TenancyId, child.ChildPolicyName, child.ChildStatements);
            world.Oci.ApplyParentPolicyAsAdministrator(child.ParentPolicyName, child.ParentStatements);
        }

        // The bot checks access on every poll, so it may notice the new policies before anyone confirms: then the
        // confirmation is refused as no longer needed, which is the point of the check.
        var confirmed = await commands.ExecuteAsync(
            new RequestCommand(request.Id, RequestAction.ConfirmCredentials, Actor.Human(world.Cast.Operator.Id, world.Cast.Operator.User.Name)), CancellationToken.None);
        Assert.True(confirmed is CommandResult.Accepted or CommandResult.Refused { Refusal.Code: RefusalCode.NotAwaitingCredentials }, confirmed.ToString());
        return (await WaitAsync(host, () => host.Get<RequestStore>().Get(request.Id), r => r!.State == RequestState.Completed))!;
    }

    public static async Task<T> WaitAsync<T>(BotHost host, Func<T> read, Func<T, bool> done, TimeSpan? limit = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > (limit ?? TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"Not reached in time; last seen: {value}; requests: {string.Join(", ", host.Get<RequestStore>().All().Select(r => $"{r.Id}={r.State} {r.LastError}"))}");
            }

            await Task.Delay(50);
        }
    }
}
