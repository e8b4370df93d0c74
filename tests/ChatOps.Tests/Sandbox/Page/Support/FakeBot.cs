using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Tests.Sandbox.Page.Support;

/// <summary>
/// Plays the bot in the page tests: a Socket Mode client that acks every envelope (with <see cref="Answer"/>'s
/// response payload) and hands it to the test, and a Web API caller with the bot token.
/// </summary>
internal sealed class FakeBot : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly HttpClient _http;
    private readonly string _botToken;
    private readonly Channel<JsonObject> _envelopes = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private FakeBot(ClientWebSocket socket, HttpClient http, string botToken)
    {
        _socket = socket;
        _http = http;
        _botToken = botToken;
    }

    /// <summary>The response payload for an envelope's ack (null: a bare ack). Runs on the reading loop.</summary>
    public Func<JsonObject, JsonObject?> Answer { get; set; } = _ => null;

    public static async Task<FakeBot> ConnectAsync(SlackSimulator slack, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = slack.ApiBaseUrl };
        var bot = new FakeBot(new ClientWebSocket(), http, slack.Options.BotToken);
        var opened = await bot.CallAsync("apps.connections.open", [], slack.Options.AppToken, cancellationToken);
        await bot._socket.ConnectAsync(new Uri(opened["url"]!.GetValue<string>()), cancellationToken);
        var hello = await bot.ReceiveAsync(cancellationToken);
        if (hello?["type"]?.GetValue<string>() != "hello")
        {
            throw new InvalidOperationException("Socket Mode did not start with hello.");
        }

        bot._reading = bot.ReadAsync();
        await slack.SocketMode.WaitForConnectionsAsync(1, cancellationToken);
        return bot;
    }

    /// <summary>The next envelope of <paramref name="type"/> (slash_commands, interactive, events_api), already acked.</summary>
    public async Task<JsonObject> NextAsync(string type, CancellationToken cancellationToken)
    {
        while (true)
        {
            var envelope = await _envelopes.Reader.ReadAsync(cancellationToken);
            if (envelope["type"]?.GetValue<string>() == type)
            {
                return envelope;
            }
        }
    }

    /// <summary>Calls a Web API method with the bot token; throws unless Slack answered ok.</summary>
    public Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken) =>
        CallAsync(method, arguments, _botToken, cancellationToken);

    public async Task<string> PostAsync(string channel, JsonArray? blocks, string text, string? threadTs, CancellationToken cancellationToken)
    {
        var arguments = new JsonObject { ["channel"] = channel, ["text"] = text };
        if (blocks is not null)
        {
            arguments["blocks"] = blocks;
        }

        if (threadTs is not null)
        {
            arguments["thread_ts"] = threadTs;
        }

        return (await CallAsync("chat.postMessage", arguments, cancellationToken))["ts"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        try
        {
            await _reading;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }

        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task<JsonObject> CallAsync(string method, JsonObject arguments, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method)
        {
            Content = new StringContent(arguments.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        return body["ok"]?.GetValue<bool>() == true ? body : throw new InvalidOperationException($"{method} failed: {body.ToJsonString()}");
    }

    private async Task ReadAsync()
    {
        while (!_stop.IsCancellationRequested && await ReceiveAsync(_stop.Token) is { } frame)
        {
            if (frame["envelope_id"]?.GetValue<string>() is not { } id)
            {
                continue;
            }

            var ack = new JsonObject { ["envelope_id"] = id };
            if (Answer(frame) is { } payload)
            {
                ack["payload"] = payload;
            }

            await _socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
            await _envelopes.Writer.WriteAsync(frame, _stop.Token);
        }
    }

    private async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            await message.WriteAsync(buffer.AsMemory(0, result.Count), cancellationToken);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!.AsObject();
    }
}
