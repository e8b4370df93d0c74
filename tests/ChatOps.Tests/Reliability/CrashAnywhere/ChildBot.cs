using System.Diagnostics;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>
/// One life of the real <c>chatops</c> executable: started as a child process on the run's data file, ready once
/// its host logs that it started, and ended by SIGKILL (the whole process tree, no shutdown hooks).
/// </summary>
internal sealed class ChildBot : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _tail = new();
    private Uri? _http;
    private volatile bool _killed;

    private ChildBot(Process process)
    {
        _process = process;
    }

    /// <summary>The HTTP listener (probes, metrics) once the host has started.</summary>
    public Task<Uri> Ready => _ready.Task;

    public bool HasExited => _process.HasExited;

    /// <summary>Throws with the process's last output when it ended without being killed (a crash of its own).</summary>
    public void EnsureAlive()
    {
        if (_process.HasExited && !_killed)
        {
            throw new InvalidOperationException($"chatops exited on its own (code {_process.ExitCode}):{Environment.NewLine}{Tail()}");
        }
    }

    public static ChildBot Start(IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var process = new Process { StartInfo = ChatOpsProcess.StartInfo(environment, workingDirectory, "serve"), EnableRaisingEvents = true };
        var bot = new ChildBot(process);
        process.OutputDataReceived += (_, e) => bot.Line(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Line(e.Data);
        process.Exited += (_, _) =>
        {
            if (bot._killed)
            {
                bot._ready.TrySetCanceled();
            }
            else
            {
                bot._ready.TrySetException(new InvalidOperationException("chatops exited on its own:" + Environment.NewLine + bot.Tail()));
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL: the process gets no chance to flush, checkpoint or say goodbye.</summary>
    public async Task KillAsync()
    {
        _killed = true;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone; the caller notices through HasExited before killing.
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
    }

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Line(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 80)
            {
                _tail.Dequeue();
            }
        }

        // Kestrel names the any-address listener first ("http://[::]:port"), the loopback admin one second.
        const string listening = "Now listening on: ";
        var at = line.IndexOf(listening, StringComparison.Ordinal);
        if (at >= 0 && _http is null && (line.Contains("[::]", StringComparison.Ordinal) || line.Contains("0.0.0.0", StringComparison.Ordinal)))
        {
            var address = line[(at + listening.Length)..].Trim().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
            _http = new Uri(address + "/");
        }

        if (line.Contains("Application started", StringComparison.Ordinal) && _http is not null)
        {
            _ready.TrySetResult(_http);
        }
    }
}
