using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Demo;

/// <summary>
/// Stands in for the people of the demo: a named approver approves each waiting application and a named operator
/// confirms each credential step, through the same command service the chat buttons use.
/// </summary>
internal sealed class AutoOperator(RequestStore requests, RequestCommandService commands)
{
    public static Actor Approver { get; } = Actor.Human("UDEMOAPPROVER", "デモ承認者 (auto approver)");

    public static Actor Operator { get; } = Actor.Human("UDEMOOPERATOR", "デモ運用者 (auto operator)");

    /// <summary>Acts once on every request of <paramref name="ids"/> that waits for a person; returns how many are still unfinished.</summary>
    public async Task<int> ActAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var unfinished = 0;
        foreach (var id in ids)
        {
            if (requests.Get(id) is not { } request || request.IsTerminal)
            {
                continue;
            }

            unfinished++;
            var command = request.State switch
            {
                RequestState.AwaitingApproval => new RequestCommand(id, RequestAction.Approve, Approver),
                RequestState.AwaitingCredentials when request.CredentialsConfirmation is null =>
                    new RequestCommand(id, RequestAction.ConfirmCredentials, Operator, "デモ: ポリシー適用済み / demo: policies applied"),
                _ => null,
            };
            if (command is not null)
            {
                await commands.ExecuteAsync(command, cancellationToken);
            }
        }

        return unfinished;
    }
}
