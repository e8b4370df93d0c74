using System.CommandLine;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Operations;

namespace ChatOps.Bot.Cli;

internal static class HealthcheckCommand
{
    /// <summary>For the container's HEALTHCHECK: the runtime image has no curl.</summary>
    public static Command Create()
    {
        var command = new Command("healthcheck", "Exit 0 when the running bot answers /healthz on this machine.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var port = EndpointOptions.From(BotConfiguration.Build()).HttpPort;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), cancellationToken);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"unhealthy: {exception.Message}");
                return 1;
            }
        });
        return command;
    }
}
