using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatOps.Bench.Support;

/// <summary>
/// The real <c>chatops</c> executable as a child process (as Kubernetes runs it), configured through environment
/// variables, so its memory is its own and it can be killed for real.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();

    private BotProcess(Process process, int httpPort)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Id => _process.Id;

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for error messages.</summary>
    public string Tail => string.Join(Environment.NewLine, _tail);

    public static BotProcess Start(IReadOnlyDictionary<string, string?> settings, string workingDirectory, int? httpPort = null)
    {
        var port = httpPort ?? FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chatops.dll"));
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["Http__Port"] = port.ToString(CultureInfo.InvariantCulture);
        info.Environment["Admin__Port"] = "-1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var bot = new BotProcess(process, port);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Resident and peak resident memory from <c>/proc/&lt;pid&gt;/status</c> (VmRSS, VmHWM), in bytes.</summary>
    public (long Resident, long Peak)? Memory()
    {
        try
        {
            long rss = 0, hwm = 0;
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    hwm = Kilobytes(line);
                }
            }

            return (rss * 1024, hwm * 1024);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL, no goodbye: what an OOM kill or a node failure does.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        Http.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > 40 && _tail.TryDequeue(out _))
        {
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
