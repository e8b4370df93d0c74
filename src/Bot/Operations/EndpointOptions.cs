namespace ChatOps.Bot.Operations;

/// <summary>
/// Where the bot listens: <c>Http:Port</c> for probes, metrics and (in HTTP mode) Slack; <c>Admin:Port</c> on
/// 127.0.0.1 only, for the backup and verify tools run inside the pod. 0 picks a free port (tests).
/// </summary>
public sealed record EndpointOptions
{
    public int HttpPort { get; init; } = 8080;

    public int AdminPort { get; init; } = 8081;

    public static EndpointOptions From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new EndpointOptions
        {
            HttpPort = int.TryParse(configuration["Http:Port"], out var http) ? http : 8080,
            AdminPort = int.TryParse(configuration["Admin:Port"], out var admin) ? admin : 8081,
        };
    }
}
