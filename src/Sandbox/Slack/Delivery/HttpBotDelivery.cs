using System.Globalization;
using System.Net.Http.Headers;

namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>
/// Signed HTTP delivery to a bot running in HTTP mode (<c>{BotUrl}slack/commands|interactions|events</c>), plus
/// helpers to send forged, stale or replayed requests.
/// </summary>
public sealed class HttpBotDelivery : IDisposable
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(6);
    private readonly SimulatorCore _core;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private SignedRequest? _last;

    internal HttpBotDelivery(SimulatorCore core) => _core = core;

    /// <summary>The bot's base URL; may be set after start, once the bot listens.</summary>
    public Uri? BotUrl { get; set; }

    public SignedRequest? LastRequest => Volatile.Read(ref _last);

    public Task<HttpDeliveryResult> PostAsync(string path, byte[] body, string contentType, SigningMode mode = SigningMode.Valid,
        IReadOnlyDictionary<string, string>? headers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var now = _core.Now.ToUnixTimeSeconds();
        var timestamp = mode switch
        {
            SigningMode.Stale => now - (long)Skew.TotalSeconds,
            SigningMode.FromTheFuture => now + (long)Skew.TotalSeconds,
            _ => now,
        };
        var secret = mode == SigningMode.WrongSecret ? _core.Options.SigningSecret + "-forged" : _core.Options.SigningSecret;
        var signature = SlackRequestSigner.Sign(secret, timestamp, body);
        if (mode != SigningMode.Unsigned)
        {
            all["X-Slack-Request-Timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture);
            all["X-Slack-Signature"] = mode == SigningMode.UnknownVersion ? "v1=" + signature[3..] : signature;
        }

        var sent = mode == SigningMode.TamperedBody ? [.. body, (byte)'x'] : body;
        return SendAsync(new SignedRequest(path, sent, contentType, all), cancellationToken);
    }

    /// <summary>Sends a recorded request again, unchanged (same timestamp and signature).</summary>
    public Task<HttpDeliveryResult> ReplayAsync(SignedRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<HttpDeliveryResult> SendAsync(SignedRequest request, CancellationToken cancellationToken)
    {
        var baseUrl = BotUrl ?? throw new InvalidOperationException("No bot URL configured for HTTP delivery.");
        Volatile.Write(ref _last, request);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, request.Path)) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = new CancellationTokenSource(_core.Options.AckTimeout, _core.Options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(message, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            return new HttpDeliveryResult((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new HttpDeliveryResult(0, "", null, TimedOut: true);
        }
        catch (HttpRequestException)
        {
            return new HttpDeliveryResult(0, "", null);
        }
    }
}
