using ChatOps.Bench.Support;

namespace ChatOps.Bench.Memory;

/// <summary>Samples a child process's resident memory on a fixed interval until stopped.</summary>
internal sealed class MemorySampler(BotProcess bot)
{
    private readonly List<long> _window = [];
    private bool _recording;

    public long Peak { get; private set; }

    /// <summary>Resident set sizes seen since <see cref="StartWindow"/>.</summary>
    public IReadOnlyList<long> Window
    {
        get
        {
            lock (_window)
            {
                return [.. _window];
            }
        }
    }

    public void StartWindow()
    {
        lock (_window)
        {
            _window.Clear();
            _recording = true;
        }
    }

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (bot.Memory() is not { } memory)
            {
                continue;
            }

            Peak = Math.Max(Peak, memory.Peak);
            lock (_window)
            {
                if (_recording)
                {
                    _window.Add(memory.Resident);
                }
            }
        }
    }
}
