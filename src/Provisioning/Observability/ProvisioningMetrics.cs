using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Provisioning.Observability;

/// <summary>
/// The product's own instruments (meter <see cref="MeterName"/>). Exported to Prometheus by the host; tests read
/// them with a MeterListener.
/// </summary>
public sealed class ProvisioningMetrics : IDisposable
{
    public const string MeterName = "ChatOps";

    private readonly Meter _meter;
    private readonly Counter<long> _steps;
    private readonly Histogram<double> _stepDuration;
    private readonly Histogram<double> _leadTime;
    private readonly Counter<long> _ociCalls;

    public ProvisioningMetrics(IMeterFactory meterFactory, RequestStore requests, OutboxStore outbox, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _steps = _meter.CreateCounter<long>("chatops.steps", "{step}", "Step runs by state and outcome.");
        _stepDuration = _meter.CreateHistogram<double>("chatops.step.duration", "s", "How long one step run took.");
        _leadTime = _meter.CreateHistogram<double>("chatops.request.lead_time", "s", "From receiving an application to Completed.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [60, 300, 900, 1800, 3600, 7200, 14400, 43200, 86400, 259200] });

        _ociCalls = _meter.CreateCounter<long>("chatops.oci.calls", "{call}", "OCI API calls (every attempt) by service and HTTP status.");

        // Read from the store at scrape time, so the numbers are the truth after a restart too.
        _meter.CreateObservableGauge("chatops.requests", () => Safely(() => requests.CountByState()
            .Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("state", pair.Key.ToString())))), "{request}", "Requests by state.");
        _meter.CreateObservableGauge("chatops.outbox.pending", () => Safely(() => outbox.Stats(time.GetUtcNow()).PendingByKind
            .Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("kind", pair.Key)))), "{message}", "Undelivered outbox messages by kind.");
        _meter.CreateObservableGauge("chatops.outbox.oldest_age", () => Safely<double>(() =>
            [new Measurement<double>(outbox.Stats(time.GetUtcNow()).OldestPendingAge.TotalSeconds)]), "s", "Age of the oldest undelivered outbox message.");
    }

    public Meter Meter => _meter;

    public void StepFinished(string state, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "state", state }, { "outcome", outcome } };
        _steps.Add(1, tags);
        _stepDuration.Record(duration.TotalSeconds, tags);
    }

    public void RequestCompleted(TimeSpan leadTime) => _leadTime.Record(leadTime.TotalSeconds);

    /// <summary>One OCI attempt; <paramref name="status"/> is the HTTP status, or <c>network</c> / <c>timeout</c> without an answer.</summary>
    public void OciCall(string service, string status) => _ociCalls.Add(1, new TagList { { "service", service }, { "status", status } });

    public void Dispose() => _meter.Dispose();

    // A scrape during shutdown must not throw into the exporter.
    private static IEnumerable<Measurement<T>> Safely<T>(Func<IEnumerable<Measurement<T>>> read)
        where T : struct
    {
        try
        {
            return read().ToList();
        }
        catch (Exception exception) when (exception is ObjectDisposedException or LiteDB.LiteException or IOException or StoreUnavailableException)
        {
            return [];
        }
    }
}
