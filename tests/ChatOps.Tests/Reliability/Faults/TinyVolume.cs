using System.Diagnostics;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// A tmpfs of a few megabytes mounted on a fresh directory: a data volume that really runs full (ENOSPC from the
/// kernel, not a simulated exception). Needs root, as the tests have here and in CI.
/// </summary>
internal sealed class TinyVolume : IAsyncDisposable
{
    private const int Chunk = 64 * 1024;

    private TinyVolume(string path) => Path = path;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    private string Filler => File("filler.bin");

    /// <summary>The mounted volume, or the reason it could not be mounted (not root, no mount permission).</summary>
    public static async Task<(TinyVolume? Volume, string Reason)> MountAsync(string size = "2m")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatops-tests", "tiny-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        var (exit, output) = await RunAsync("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        if (exit != 0)
        {
            Directory.Delete(path);
            return (null, $"mount -t tmpfs failed ({exit}): {output.Trim()}");
        }

        return (new TinyVolume(path), string.Empty);
    }

    /// <summary>Writes a filler file until the kernel answers ENOSPC; returns the bytes it took.</summary>
    public long Fill()
    {
        long written = 0;
        using var stream = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        foreach (var size in new[] { Chunk, 4096, 512 })
        {
            var block = new byte[size];
            while (true)
            {
                try
                {
                    stream.Write(block);
                    written += size;
                }
                catch (IOException)
                {
                    break;
                }
            }
        }

        return written;
    }

    public bool IsFull()
    {
        var probe = File("probe-" + Guid.NewGuid().ToString("N")[..6]);
        try
        {
            using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(new byte[4096]);
            }

            return false;
        }
        catch (IOException)
        {
            return true;
        }
        finally
        {
            System.IO.File.Delete(probe);
        }
    }

    public void Free() => System.IO.File.Delete(Filler);

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Lazily unmounted; the temp cleaner takes the empty directory later.
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await error);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }
}
