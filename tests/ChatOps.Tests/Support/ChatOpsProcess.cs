using System.Diagnostics;

namespace ChatOps.Tests.Support;

/// <summary>Runs the real <c>chatops</c> executable as a child process, as an operator would.</summary>
public static class ChatOpsProcess
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "chatops.dll");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, workingDirectory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chatops {string.Join(' ', arguments)} did not finish: {await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
