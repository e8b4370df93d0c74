using System.Net;
using System.Net.Sockets;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>Runs <c>chatops audit verify</c> against the data file the killed processes left behind.</summary>
internal static class AuditCheck
{
    public static async Task<string> VerifiesAsync(string dataFile, string workingDirectory)
    {
        // No bot runs now: point the tool's admin client at a port nobody listens on so it opens the file itself.
        var environment = new Dictionary<string, string>
        {
            ["Storage__Path"] = dataFile,
            ["Admin__Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var (exit, output, error) = await ChatOpsProcess.RunAsync(environment, workingDirectory, "audit", "verify");
        Assert.True(exit == 0, $"audit verify exited {exit}: {output}{error}");
        Assert.StartsWith("intact:", output.Trim(), StringComparison.Ordinal);
        return output.Trim();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
