using System.Globalization;
using System.Security.Cryptography;

namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>Identifiers in Slack's shapes. Message timestamps are unique and strictly increasing per workspace.</summary>
internal sealed class SimIds(TimeProvider time)
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private readonly Lock _gate = new();
    private long _lastMicros;
    private long _counter = 100_000_000;

    public string NextTs()
    {
        var micros = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        lock (_gate)
        {
            _lastMicros = Math.Max(micros, _lastMicros + 1);
            micros = _lastMicros;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{micros / 1_000_000}.{micros % 1_000_000:D6}");
    }

    public string TriggerId() => $"{Interlocked.Increment(ref _counter)}.{Digits(10)}.{Hex(16)}";

    public string ViewId() => "V0" + Code(9);

    public string ViewHash() => $"{time.GetUtcNow().ToUnixTimeSeconds()}.{Code(8).ToLowerInvariant()}";

    public string EventId() => "Ev0" + Code(9);

    public string EnvelopeId() => Guid.NewGuid().ToString();

    public string Ticket() => Hex(24);

    public string ResponseToken() => Hex(12);

    public static string Code(int length) => string.Create(length, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    private static string Digits(int length) => string.Create(length, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }
    });

    private static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
