using System.Net.Http.Json;
using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Operations;

namespace ChatOps.Bot.Cli;

/// <summary>Talks to a running bot over its loopback admin listener; null answers mean no bot is running here.</summary>
internal static class AdminClient
{
    public static async Task<JsonElement?> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var http = Create();
        try
        {
            using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is null)
        {
            return null;
        }
    }

    public static async Task<JsonElement?> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var http = Create();
        try
        {
            return await http.GetFromJsonAsync<JsonElement>(path, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is null)
        {
            return null;
        }
    }

    /// <summary>Copies a streamed answer to <paramref name="output"/>; false when no bot is running here.</summary>
    public static async Task<bool> StreamAsync(string path, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = Create();
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                await output.WriteLineAsync(line);
            }

            return true;
        }
        catch (HttpRequestException exception) when (exception.StatusCode is null)
        {
            return false;
        }
    }

    public static async Task<bool> IsBotRunningAsync(CancellationToken cancellationToken)
    {
        using var http = Create();
        try
        {
            using var response = await http.GetAsync("admin/audit/verify", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return true;
        }
        catch (HttpRequestException exception) when (exception.StatusCode is null)
        {
            return false;
        }
    }

    private static HttpClient Create()
    {
        var port = EndpointOptions.From(BotConfiguration.Build()).AdminPort;
        return new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
    }
}
