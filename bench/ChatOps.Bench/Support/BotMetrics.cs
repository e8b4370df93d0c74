using System.Globalization;

namespace ChatOps.Bench.Support;

/// <summary>Reads the bot's own Prometheus endpoint: requests by state, as the store holds them.</summary>
internal static class BotMetrics
{
    public static async Task<IReadOnlyDictionary<string, long>?> RequestsByStateAsync(HttpClient http, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await http.GetStringAsync(new Uri("metrics", UriKind.Relative), cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var states = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var at = line.IndexOf("state=\"", StringComparison.Ordinal);
            if (!line.StartsWith("chatops_requests", StringComparison.Ordinal) || at < 0)
            {
                continue;
            }

            var start = at + "state=\"".Length;
            var state = line[start..line.IndexOf('"', start)];
            var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
            states[state] = (long)double.Parse(value, CultureInfo.InvariantCulture);
        }

        return states;
    }
}
