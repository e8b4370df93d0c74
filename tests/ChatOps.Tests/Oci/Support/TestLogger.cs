using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Oci.Support;

/// <summary>Writes formatted entries into a <see cref="TestLog"/>.</summary>
internal sealed class TestLogger(Action<LogLevel, string> write) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        write(logLevel, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception));
    }
}
