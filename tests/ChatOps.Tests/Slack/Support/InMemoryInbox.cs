using System.Collections.Concurrent;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Tests.Slack.Support;

/// <summary>Test double of the inbox: atomic first-wins per key (retention is not needed within a test).</summary>
internal sealed class InMemoryInbox : IInbox
{
    private readonly ConcurrentDictionary<string, TimeSpan> _keys = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys => _keys.Keys.ToList();

    public bool TryAccept(string key, TimeSpan retention) => _keys.TryAdd(key, retention);
}
