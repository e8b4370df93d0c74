using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Oci.Support;

/// <summary>Collects log lines so tests can check what was (and was not) logged.</summary>
internal sealed class TestLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Entries => [.. _entries];

    public string AllText => string.Join('\n', _entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new TestLogger((level, text) => _entries.Enqueue((level, text)));

    public void Dispose()
    {
    }
}
