using System.Diagnostics;
using System.Diagnostics.Metrics;

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

    public ProvisioningMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _steps = _meter.CreateCounter<long>("chatops.steps", "{step}", "Step runs by state and outcome.");
        _stepDuration = _meter.CreateHistogram<double>("chatops.step.duration", "s", "How long one step run took.");
        _leadTime = _meter.CreateHistogram<double>("chatops.request.lead_time", "s", "From receiving an application to Completed.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [60, 300, 900, 1800, 3600, 7200, 14400, 43200, 86400, 259200] });
    }

    public Meter Meter => _meter;

    public void StepFinished(string state, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "state", state }, { "outcome", outcome } };
        _steps.Add(1, tags);
        _stepDuration.Record(duration.TotalSeconds, tags);
    }

    public void RequestCompleted(TimeSpan leadTime) => _leadTime.Record(leadTime.TotalSeconds);

    public void Dispose() => _meter.Dispose();
}
