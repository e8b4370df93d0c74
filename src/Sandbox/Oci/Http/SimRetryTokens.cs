using System.Collections.Concurrent;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>
/// <c>opc-retry-token</c> memory: the same token on the same operation within 24 hours gets the first answer again
/// and does nothing a second time. Requests with one token are serialized so two racing repeats cannot both act.
/// </summary>
internal sealed class SimRetryTokens(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimStoredResponse> _responses = new(StringComparer.Ordinal);

    public async Task<SemaphoreSlim> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return gate;
    }

    public SimStoredResponse? Find(string key) =>
        _responses.TryGetValue(key, out var stored) && time.GetUtcNow() - stored.StoredAt < Lifetime ? stored : null;

    public void Store(string key, SimStoredResponse response) => _responses[key] = response;
}
