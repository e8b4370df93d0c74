using System.Diagnostics.Metrics;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Provisioning.Observability;

namespace ChatOps.Bot.Observability;

/// <summary>The Slack side of the bot's metrics, read at scrape time from the counters the Slack layer keeps.</summary>
internal sealed class ChatMetrics
{
    public ChatMetrics(IMeterFactory meterFactory, SlackStats stats, SocketModeState socket)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(ProvisioningMetrics.MeterName);
        meter.CreateObservableCounter("chatops.slack.api_errors", () => stats.ErrorsByMethod().Select(e =>
            new Measurement<long>(e.Count, new KeyValuePair<string, object?>("method", e.Method), new KeyValuePair<string, object?>("error", e.Code))),
            "{error}", "Slack Web API errors by method and error code.");
        meter.CreateObservableCounter("chatops.slack.rate_limited", () => stats.RateLimitedByMethod().Select(e =>
            new Measurement<long>(e.Count, new KeyValuePair<string, object?>("method", e.Method))),
            "{response}", "HTTP 429 answers from Slack by method.");
        meter.CreateObservableGauge("chatops.slack.socket_connections", () => (long)socket.Snapshot().Connected,
            "{connection}", "Open Socket Mode connections (0 in HTTP mode or while disconnected).");
    }
}
