using ChatOps.Provisioning.Operations.Doctor;
using ChatOps.Bot.Operations;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Doctor;

/// <summary>
/// The data file takes writes. When the bot is running on this machine it owns the file, so the doctor asks
/// its readiness endpoint instead of opening the file a second time.
/// </summary>
internal sealed class StoreCheck(IServiceProvider services, IConfiguration configuration) : IDoctorCheck
{
    public string Name => "store";

    public async Task<DoctorFinding> RunAsync(CancellationToken cancellationToken)
    {
        var path = configuration["Storage:Path"] ?? new StoreOptions().Path;
        var port = EndpointOptions.From(configuration).HttpPort;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return body.Contains("\"name\":\"store\",\"ready\":true", StringComparison.Ordinal)
                ? DoctorFinding.Ok(Name, $"{path} (checked by the running bot)")
                : DoctorFinding.Failed(Name, $"the running bot reports its store not ready: {body}", "Check the /data volume: space left (df -h /data) and that it is mounted writable.");
        }
        catch (HttpRequestException)
        {
            // No bot here: the doctor may open the file itself.
        }

        try
        {
            services.GetRequiredService<LiteStore>().Probe();
            return DoctorFinding.Ok(Name, $"{Path.GetFullPath(path)} is writable");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or StoreUnavailableException or LiteDB.LiteException)
        {
            return DoctorFinding.Failed(Name, $"{Path.GetFullPath(path)}: {exception.Message}", "Point Storage__Path at a writable persistent volume (/data/chatops.db in the container) with free space.");
        }
    }
}
