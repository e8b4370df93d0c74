using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ChatOps.Sandbox.Hosting;
using ChatOps.Tests.Slack.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Tests.Sandbox.Slack;

/// <summary>A stand-in bot over HTTP that records what the simulator sends and answers from a script.</summary>
internal sealed class RecordingPeer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<IResult>> _answers = new();
    private readonly Signal _changed = new();
    private LoopbackServer? _server;

    public ConcurrentQueue<(string Path, string Body, IHeaderDictionary Headers)> Requests { get; } = new();

    public Uri BaseUri => _server!.BaseUri;

    public static async Task<RecordingPeer> StartAsync()
    {
        var peer = new RecordingPeer();
        peer._server = await LoopbackServer.StartAsync(app => app.MapPost("/slack/{kind}", (Delegate)peer.HandleAsync));
        return peer;
    }

    public void Answer(Func<IResult> answer) => _answers.Enqueue(answer);

    public Task WaitForAsync(int count, CancellationToken cancellationToken) => _changed.WaitUntilAsync(() => Requests.Count >= count, cancellationToken);

    /// <summary>Checks the v0 signature from first principles: HMAC-SHA256 over "v0:{timestamp}:{body}".</summary>
    public static bool IsSignedBy(string secret, string body, IHeaderDictionary headers)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{headers["X-Slack-Request-Timestamp"]}:{body}"));
        return headers["X-Slack-Signature"] == "v0=" + Convert.ToHexStringLower(mac);
    }

    public ValueTask DisposeAsync() => _server!.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        // Kestrel reuses the header collection after the request, so keep a copy.
        Requests.Enqueue((http.Request.Path.Value!, body, new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase))));
        _changed.Notify();
        return _answers.TryDequeue(out var answer) ? answer() : Results.Ok();
    }
}
