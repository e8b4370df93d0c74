using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Directory;
using ChatOps.Sandbox.Slack.Workspace;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bench.Ack;

/// <summary>
/// The real bot host in sandbox mode for one transport (Slack's simulator delivers over Socket Mode, or as signed
/// HTTP POSTs to the bot in HTTP mode), with request cards awaiting approval for the approvers to click on.
/// </summary>
internal sealed class AckTarget : IAsyncDisposable
{
    private static readonly TimeSpan SetupLimit = TimeSpan.FromMinutes(2);

    private readonly BotApplication _bot;
    private readonly SlackDeliveryMode _transport;
    private readonly IReadOnlyList<AckClick> _cards;
    private readonly SimUser[] _clickers;

    private AckTarget(BotApplication bot, SlackDeliveryMode transport, IReadOnlyList<SimMessage> cards)
    {
        _bot = bot;
        _transport = transport;
        _cards = [.. cards.Select(card => new AckClick(World.Slack.Options, card, RejectButton.ActionId))];
        var cast = World.Cast;
        _clickers = [cast.Approver1.User, cast.Approver2.User];
    }

    public SandboxWorld World => _bot.Sandbox!.World;

    public static async Task<AckTarget> StartAsync(SlackDeliveryMode transport, AckSettings settings, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Http:Port"] = "0",
            ["Admin:Port"] = "0",
            ["Sandbox:Port"] = "0",
            ["Sandbox:SeededApplications"] = settings.Cards.ToString(CultureInfo.InvariantCulture),
            ["Sandbox:GcasPollInterval"] = "00:00:00.200",
            ["Logging:Format"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Slack:Mode"] = transport == SlackDeliveryMode.Http ? "Http" : "SocketMode",
        };
        var bot = await ServeHost.BuildAsync(overrides, cancellationToken);
        try
        {
            await bot.App.StartAsync(cancellationToken);
            var slack = bot.Sandbox!.World.Slack;
            slack.Delivery = transport;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(SetupLimit);
            if (transport == SlackDeliveryMode.Http)
            {
                slack.Http.BotUrl = HttpAddress(bot);
            }
            else
            {
                await slack.SocketMode.WaitForConnectionsAsync(settings.SocketConnections, limit.Token);
            }

            var cards = await WaitForCardsAsync(bot, settings.Cards, limit.Token);
            return new AckTarget(bot, transport, cards);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Interaction <paramref name="index"/>, built and ready to go: an approver clicks Reject on a card (the bot opens
    /// the reason modal after the ack). Sending it returns whether the ack came back within Slack's 3 seconds.
    /// </summary>
    public Func<CancellationToken, Task<bool>> Prepare(int index)
    {
        var slack = World.Slack;
        var user = _clickers[index % _clickers.Length];
        var payload = _cards[index % _cards.Count].Payload(user, slack.As(user.Id).IssueTrigger(), AckClick.ActionTs(World.Time.GetUtcNow(), index));
        if (_transport == SlackDeliveryMode.Http)
        {
            var body = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload.ToJsonString()));
            return async cancellationToken =>
                (await slack.Http.PostAsync("slack/interactions", body, "application/x-www-form-urlencoded", cancellationToken: cancellationToken)).IsSuccess;
        }

        var envelope = new JsonObject
        {
            ["envelope_id"] = Guid.NewGuid().ToString(),
            ["payload"] = payload,
            ["type"] = "interactive",
            ["accepts_response_payload"] = true,
        };
        return async cancellationToken => await slack.SocketMode.SendEnvelopeAsync(envelope, cancellationToken: cancellationToken) is not null;
    }

    /// <summary>The activity sequence now, to count the work of the interactions sent after it.</summary>
    public long Mark() => World.Slack.Activity.History.LastOrDefault()?.Sequence ?? 0;

    /// <summary>
    /// Waits until the bot has done the work behind <paramref name="expected"/> clicks sent after <paramref name="mark"/>
    /// (a modal opened, or an ephemeral answer) or the limit passes; returns how many it saw.
    /// </summary>
    public async Task<int> WaitForWorkAsync(long mark, int expected, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var done = 0;
        try
        {
            await foreach (var activity in World.Slack.Activity.ReadAllAsync(timeout.Token))
            {
                if (activity.Sequence > mark && _clickers.Any(c => c.Id == activity.UserId)
                    && activity.Kind is SlackActivityKind.ViewOpened or SlackActivityKind.EphemeralPosted && ++done >= expected)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The limit passed: report what was done.
        }

        return done;
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.App.StopAsync();
        await _bot.DisposeAsync();
    }

    private static Uri HttpAddress(BotApplication bot)
    {
        var address = bot.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>
    /// Waits until every seeded application has been read from GCAS and validated, and the card of each one awaiting
    /// approval shows its buttons (a sample the validator refuses simply has no card to click on).
    /// </summary>
    private static async Task<IReadOnlyList<SimMessage>> WaitForCardsAsync(BotApplication bot, int seeded, CancellationToken cancellationToken)
    {
        var world = bot.Sandbox!.World;
        var requests = bot.App.Services.GetRequiredService<RequestStore>();
        IReadOnlyList<SimMessage> cards = [];
        await world.Slack.Activity.WaitForAsync(
            _ =>
            {
                var all = requests.All();
                var waiting = all.Count(r => r.State == RequestState.AwaitingApproval);
                cards = Cards(world);
                return all.Count >= seeded && all.All(r => r.State != RequestState.Received) && waiting > 0 && cards.Count == waiting;
            },
            cancellationToken);
        return cards;
    }

    private static List<SimMessage> Cards(SandboxWorld world) =>
    [
        .. world.Slack.Workspace.Messages(world.Channels.Provisioning.Id)
            .Where(m => m.ThreadTs is null && m.BlocksJson?.Contains($"\"{RejectButton.ActionId}\"", StringComparison.Ordinal) == true),
    ];
}
