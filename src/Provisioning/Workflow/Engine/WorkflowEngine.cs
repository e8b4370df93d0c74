using ChatOps.Provisioning.Common;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Workflow.Engine;

/// <summary>
/// Takes due requests from the store and runs their steps, at most <see cref="EngineOptions.MaxConcurrency"/> at
/// once and never two of one request. All state is in the store, so after a restart it simply continues.
/// </summary>
public sealed class WorkflowEngine(
    RequestStore requests,
    StepRunner runner,
    KeyedLocks locks,
    WorkSignals signals,
    IOptions<EngineOptions> options,
    TimeProvider time,
    ILogger<WorkflowEngine> logger) : BackgroundService
{
    private readonly Dictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Set once the loop runs; readiness reports it.</summary>
    public bool IsRunning { get; private set; }

    public int InFlight
    {
        get
        {
            lock (_running)
            {
                return _running.Count;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var resumed = requests.InStates(RequestStates.Active).Count;
        logger.LogInformation("Workflow engine started; {Count} request(s) in progress resume from the store", resumed);
        IsRunning = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan? wait;
                try
                {
                    wait = StartDueSteps(settings, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Engine iteration failed; retrying shortly");
                    wait = TimeSpan.FromSeconds(1);
                }

                await signals.Engine.WaitAsync(wait, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: steps in flight were cancelled and wrote nothing; the next start repeats them.
        }
        finally
        {
            IsRunning = false;
            Task[] pending;
            lock (_running)
            {
                pending = [.. _running.Values];
            }

            await Task.WhenAll(pending).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Starts what is due and returns how long the loop may sleep before something else becomes due.</summary>
    private TimeSpan? StartDueSteps(EngineOptions settings, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        int running;
        lock (_running)
        {
            running = _running.Count;
        }

        var free = settings.MaxConcurrency - running;
        if (free <= 0)
        {
            return settings.IdleInterval;
        }

        foreach (var (id, due) in requests.DueSchedule(running + free + 1))
        {
            if (due > now)
            {
                return Min(due - now, settings.IdleInterval);
            }

            if (free > 0 && !IsRunningRequest(id) && locks.TryAcquire(id, out var lease))
            {
                Start(id, lease!, stoppingToken);
                free--;
            }
        }

        return settings.IdleInterval;
    }

    private void Start(string id, IDisposable lease, CancellationToken stoppingToken)
    {
        lock (_running)
        {
            _running[id] = RunAsync(id, lease, stoppingToken);
        }
    }

    private async Task RunAsync(string id, IDisposable lease, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await runner.RunAsync(id, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // The store refused the write (e.g. disk full): the request keeps its old, consistent state and is retried.
            logger.LogError(exception, "Could not record the outcome of {RequestId}", id);
        }
        finally
        {
            lease.Dispose();
            lock (_running)
            {
                _running.Remove(id);
            }

            signals.Engine.Notify();
        }
    }

    private bool IsRunningRequest(string id)
    {
        lock (_running)
        {
            return _running.ContainsKey(id);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
