using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.World;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>
/// The real serve host in sandbox mode with <c>Slack:Mode</c> = Http: the sandbox's Slack delivers over signed HTTP to
/// /slack/*, and tests can also send their own raw requests, signed (or not) by <see cref="TestSlackSigner"/>.
/// </summary>
internal sealed class HttpModeBot : IAsyncDisposable
{
    public const string Form = "application/x-www-form-urlencoded";

    private HttpModeBot(BotHost host) => Host = host;

    public BotHost Host { get; }

    public SandboxWorld World => Host.Sandbox.World;

    public SlackSimulator Slack => World.Slack;

    public string Channel => World.Channels.Provisioning.Id;

    public string Secret => Slack.Options.SigningSecret;

    public static async Task<HttpModeBot> StartAsync()
    {
        var settings = SandboxFlow.FastSettings();
        settings["Slack:Mode"] = "Http";
        settings["Slack:Language"] = "en";
        settings["Sandbox:SeededApplications"] = "0";
        var host = await BotHost.StartAsync(settings);
        host.Sandbox.World.Slack.Delivery = SlackDeliveryMode.Http;
        host.Sandbox.World.Slack.Http.BotUrl = host.Http.BaseAddress;
        return new HttpModeBot(host);
    }

    public static long Now => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Posts raw bytes to <paramref name="path"/>, signed now with the right secret unless told otherwise.</summary>
    public async Task<SlackAnswer> PostAsync(
        string path, byte[] body, string contentType = Form, long? timestamp = null, string? secret = null, bool signed = true,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (signed)
        {
            var ts = timestamp ?? Now;
            request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation("X-Slack-Signature", TestSlackSigner.Sign(secret ?? Secret, ts, body));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Host.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return new SlackAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public Task<SlackAnswer> InteractionAsync(JsonObject payload, long? timestamp = null) =>
        PostAsync("slack/interactions", Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload.ToJsonString())), timestamp: timestamp);

    public ProvisioningRequest Request(string id) => Host.Get<RequestStore>().Get(id)!;

    public IReadOnlyList<AuditEntry> Entries(string action)
    {
        var found = new List<AuditEntry>();
        Host.Get<AuditTrail>().ForEach(e =>
        {
            if (e.Action == action)
            {
                found.Add(e);
            }
        });
        return found;
    }

    /// <summary>Waits for an audit entry written after the ack (handlers run in the background).</summary>
    public Task<AuditEntry> AuditAsync(string action, Func<AuditEntry, bool>? match = null) =>
        SandboxFlow.WaitAsync(Host, () => Entries(action).FirstOrDefault(e => match?.Invoke(e) ?? true), e => e is not null)!;

    /// <summary>A fresh application through GCAS up to its card in the channel, awaiting approval.</summary>
    public async Task<(ProvisioningRequest Request, string Ts)> AwaitingApprovalAsync()
    {
        var request = await SandboxFlow.SubmitAsync(Host, TestApplications.Valid());
        var thread = await SandboxFlow.WaitAsync(Host, () => Host.Get<ThreadMap>().Get(request.Id), t => t is not null);
        await SandboxFlow.WaitAsync(Host, () => Request(request.Id), r => r.State == RequestState.AwaitingApproval);
        // The card is posted first and gets its buttons with the next update.
        await SandboxFlow.WaitAsync(Host, () => Slack.Workspace.Message(thread!.Channel, thread.Ts)?.Blocks()?.ToJsonString() ?? "", b => b.Contains("request.approve", StringComparison.Ordinal));
        return (Request(request.Id), thread!.Ts);
    }

    /// <summary>The payload of the last interaction the sandbox's Slack delivered, to be changed and sent again.</summary>
    public JsonObject LastInteraction()
    {
        var body = Encoding.UTF8.GetString(Slack.Http.LastRequest!.Body);
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body);
        return JsonNode.Parse(form["payload"].ToString())!.AsObject();
    }

    /// <summary>A response_url of <paramref name="userId"/>'s own (from a harmless status command), for crafted clicks.</summary>
    public async Task<string> ResponseUrlOfAsync(string userId, string requestId) =>
        (await Slack.As(userId).RunCommandAsync($"/provision status {requestId}", Channel, TestContext.Current.CancellationToken)).ResponseUrl.ToString();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
