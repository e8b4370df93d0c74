using System.Collections.Concurrent;

namespace ChatOps.Tests.Slack.Support;

/// <summary>What the test handlers were called with, awaitable; also a gate a slow handler waits on.</summary>
internal sealed class HandlerCalls
{
    private readonly ConcurrentQueue<(string Key, string Detail)> _calls = new();
    private readonly Signal _changed = new();

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(string Key, string Detail)> All => _calls.ToList();

    public void Record(string key, string detail = "")
    {
        _calls.Enqueue((key, detail));
        _changed.Notify();
    }

    public int Count(string key) => _calls.Count(c => c.Key == key);

    public IReadOnlyList<string> Details(string key) => _calls.Where(c => c.Key == key).Select(c => c.Detail).ToList();

    public Task WaitForAsync(string key, int count, CancellationToken cancellationToken) =>
        _changed.WaitUntilAsync(() => Count(key) >= count, cancellationToken);
}
