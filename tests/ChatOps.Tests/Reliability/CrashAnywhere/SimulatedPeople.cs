using System.Diagnostics;
using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>
/// The people around the bot, acting whether it is up or not: an approver clicks Approve on the card of every
/// application GCAS still sees as only accepted (again after a while, as a person would when nothing moves), and
/// each new child tenancy's administrator applies the cross-tenancy statements the bot asks for as soon as the
/// tenancy is active.
/// </summary>
internal sealed class SimulatedPeople(SandboxWorld world, IReadOnlyList<CrashApplication> applications)
{
    private static readonly TimeSpan ClickAgainAfter = TimeSpan.FromSeconds(8);

    private readonly Dictionary<string, TimeSpan> _lastClick = new(StringComparer.Ordinal);
    private readonly HashSet<string> _granted = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Clicks { get; private set; }

    public int Grants => _granted.Count;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            GrantAccessToActiveChildren();
            await ApproveWaitingCardsAsync(cancellationToken);
            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task ApproveWaitingCardsAsync(CancellationToken cancellationToken)
    {
        var channel = world.Channels.Provisioning.Id;
        var cards = world.Slack.Workspace.Messages(channel)
            .Where(m => m.ThreadTs is null || m.ThreadTs == m.Ts)
            .Where(m => m.BlocksJson?.Contains($"\"{ApproveButton.ActionId}\"", StringComparison.Ordinal) == true)
            .ToList();
        var due = new List<string>();
        foreach (var application in applications.Where(a => world.Gcas.Store.Find(a.ApplicationId)?.Status == "accepted"))
        {
            var card = cards.LastOrDefault(m => m.BlocksJson!.Contains(application.ApplicationId, StringComparison.Ordinal));
            if (card is not null && (!_lastClick.TryGetValue(application.ApplicationId, out var at) || _clock.Elapsed - at > ClickAgainAfter))
            {
                _lastClick[application.ApplicationId] = _clock.Elapsed;
                due.Add(card.Ts);
            }
        }

        Clicks += due.Count;
        var approver = world.Slack.As(world.Cast.Approver1.Id);
        await Task.WhenAll(due.Select(ts => ClickAsync(approver, channel, ts, cancellationToken)));
    }

    // A click on a dead bot is simply not acknowledged, as in Slack: the card still shows Approve, and is clicked again later.
    private static async Task ClickAsync(SimulatedUser approver, string channel, string ts, CancellationToken cancellationToken)
    {
        try
        {
            await approver.ClickAsync(channel, ts, ApproveButton.ActionId, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The bot updated the card between our look and the click: the button is gone, nothing to do.
        }
    }

    private void GrantAccessToActiveChildren()
    {
        var identity = new OciWorkloadIdentityOptions();
        foreach (var child in world.Oci.Tenancies().Where(t => !t.IsParent && t.LifecycleState == "ACTIVE" && !_granted.Contains(t.Id)))
        {
            world.Oci.ApplyPolicyAsAdministrator(child.Id, CrossTenancyStatements.ChildPolicyName, CrossTenancyStatements.Child(world.Oci.ParentTenancyId, identity));
            world.Oci.ApplyParentPolicyAsAdministrator(CrossTenancyStatements.ParentPolicyName(child.Name), CrossTenancyStatements.Parent(child.Name, child.Id, identity));
            _granted.Add(child.Id);
        }
    }
}
