using System.Collections.Concurrent;
using ChatOps.Provisioning.Workflow;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Simulation;

/// <summary>
/// The in-memory world behind the simulated ports: what exists, how often each operation was called, which
/// faults are armed, where calls are held, and how many calls ran at once (overall and per request). One
/// instance can outlive several hosts, which is how crash tests count side effects across a restart.
/// </summary>
public sealed class SimulatedCloud(TimeProvider time, IOptions<SimulationOptions> options)
{
    private readonly ConcurrentDictionary<SimulatedOperation, int> _calls = new();
    private readonly ConcurrentDictionary<SimulatedOperation, ConcurrentQueue<FaultKind>> _faults = new();
    private readonly ConcurrentDictionary<SimulatedOperation, SimulatedHold> _holds = new();
    private readonly ConcurrentDictionary<string, int> _inFlightByRequest = new(StringComparer.Ordinal);
    private readonly Lock _concurrency = new();
    private int _inFlight;

    public TimeProvider Time => time;

    public SimulationOptions Options => options.Value;

    /// <summary>Child tenancies by retry token: the same token always yields the same tenancy.</summary>
    public ConcurrentDictionary<string, SimulatedTenancy> Tenancies { get; } = new(StringComparer.Ordinal);

    /// <summary>Region subscriptions (<c>tenancyId/region</c>) and when they become READY.</summary>
    public ConcurrentDictionary<string, DateTimeOffset> Regions { get; } = new(StringComparer.Ordinal);

    /// <summary>Compartments by name in the shared tenancy.</summary>
    public ConcurrentDictionary<string, string> Compartments { get; } = new(StringComparer.Ordinal);

    /// <summary>Template resources by <c>target/name</c>.</summary>
    public ConcurrentDictionary<string, string> TemplateResources { get; } = new(StringComparer.Ordinal);

    /// <summary>Tenancies the bot may not (yet) access even after a confirmation.</summary>
    public ConcurrentDictionary<string, bool> DeniedAccess { get; } = new(StringComparer.Ordinal);

    /// <summary>GCAS status events received, per application in arrival order (deduplicated by idempotency key).</summary>
    public ConcurrentDictionary<string, List<Gcas.GcasStatusEvent>> GcasEvents { get; } = new(StringComparer.Ordinal);

    /// <summary>Applicant e-mails received, by idempotency key.</summary>
    public ConcurrentDictionary<string, Notifications.RequesterNotice> Mails { get; } = new(StringComparer.Ordinal);

    /// <summary>Most step calls seen running at once.</summary>
    public int MaxInFlight { get; private set; }

    /// <summary>Most step calls of one request seen running at once (must stay 1).</summary>
    public int MaxInFlightPerRequest { get; private set; }

    public int Calls(SimulatedOperation operation) => _calls.GetValueOrDefault(operation);

    /// <summary>Makes the next <paramref name="count"/> calls of <paramref name="operation"/> fail.</summary>
    public void Fail(SimulatedOperation operation, int count, FaultKind kind = FaultKind.Transient)
    {
        var queue = _faults.GetOrAdd(operation, _ => new ConcurrentQueue<FaultKind>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(kind);
        }
    }

    /// <summary>Holds the next call of <paramref name="operation"/> after its side effect, until released or cancelled.</summary>
    public SimulatedHold Hold(SimulatedOperation operation) => _holds[operation] = new SimulatedHold();

    internal async Task<Call> EnterAsync(SimulatedOperation operation, string requestId, CancellationToken cancellationToken)
    {
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        // Deliveries to GCAS and mail run beside the steps by design; only step calls count as step concurrency.
        var isStep = operation is not (SimulatedOperation.ReportToGcas or SimulatedOperation.SendEmail);
        if (isStep)
        {
            lock (_concurrency)
            {
                _inFlight++;
                MaxInFlight = Math.Max(MaxInFlight, _inFlight);
                var perRequest = _inFlightByRequest.AddOrUpdate(requestId, 1, (_, n) => n + 1);
                MaxInFlightPerRequest = Math.Max(MaxInFlightPerRequest, perRequest);
            }
        }

        var call = new Call(this, requestId, isStep);
        try
        {
            if (Options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(Options.Latency, time, cancellationToken);
            }
        }
        catch
        {
            call.Dispose();
            throw;
        }

        return call;
    }

    internal FaultKind? TakeFault(SimulatedOperation operation) =>
        _faults.TryGetValue(operation, out var queue) && queue.TryDequeue(out var kind) ? kind : null;

    internal async Task CheckpointAsync(SimulatedOperation operation, string requestId, CancellationToken cancellationToken)
    {
        if (_holds.TryRemove(operation, out var hold))
        {
            await hold.WaitAsync(requestId, cancellationToken);
        }
    }

    internal static StepError Error(SimulatedOperation operation, FaultKind kind) => kind == FaultKind.Transient
        ? new StepError("TooManyRequests", $"simulated throttling of {operation}", $"sim-{Guid.NewGuid():N}", 429, "Simulation")
        : new StepError("LimitExceeded", $"simulated permanent failure of {operation}", $"sim-{Guid.NewGuid():N}", 400, "Simulation");

    internal sealed class Call(SimulatedCloud cloud, string requestId, bool isStep) : IDisposable
    {
        public void Dispose()
        {
            if (!isStep)
            {
                return;
            }

            lock (cloud._concurrency)
            {
                cloud._inFlight--;
                cloud._inFlightByRequest.AddOrUpdate(requestId, 0, (_, n) => n - 1);
            }
        }
    }
}
