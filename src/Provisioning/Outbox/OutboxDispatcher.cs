using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Outbox;

/// <summary>
/// Delivers outbox messages at least once: per ordering key strictly in order, across keys and kinds in parallel,
/// so an outage of one receiver (GCAS, mail, Slack) delays only its own messages. Each kind has its own in-flight
/// slots: a slow receiver (Slack posts paced at one per second per channel) fills only its own, never GCAS's.
/// Failed deliveries back off and survive restarts, because the schedule is in the store.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore outbox,
    IEnumerable<IOutboxHandler> handlers,
    IEnumerable<IDeliveryListener> listeners,
    WorkSignals signals,
    IAuditTrail audit,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = Choose(handlers);
    private readonly Dictionary<string, (string Kind, Task Delivery)> _inFlight = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan? wait;
                try
                {
                    wait = StartDeliveries(settings, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Outbox iteration failed; retrying shortly");
                    wait = TimeSpan.FromSeconds(1);
                }

                await signals.Outbox.WaitAsync(wait, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Undelivered messages stay pending and go out after the next start.
        }
        finally
        {
            Task[] pending;
            lock (_inFlight)
            {
                pending = [.. _inFlight.Values.Select(f => f.Delivery)];
            }

            await Task.WhenAll(pending).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Starts what is due and returns how long the loop may sleep; deliveries that finish wake it anyway.</summary>
    private TimeSpan? StartDeliveries(OutboxOptions settings, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;

        // A kind at capacity is not read at all: the delivery that frees one of its slots wakes the loop.
        List<string> open;
        lock (_inFlight)
        {
            open = [.. _handlers.Keys.Where(kind => _inFlight.Values.Count(f => f.Kind == kind) < settings.MaxConcurrency)];
        }

        foreach (var message in open.Count == 0 ? [] : outbox.Heads(open))
        {
            lock (_inFlight)
            {
                if (_inFlight.ContainsKey(message.OrderingKey) || !_handlers.TryGetValue(message.Kind, out var handler))
                {
                    continue;
                }

                if (message.DueAt <= now)
                {
                    // At its kind's capacity a due message waits for a slot; the delivery that frees it wakes the loop.
                    if (_inFlight.Values.Count(f => f.Kind == message.Kind) < settings.MaxConcurrency)
                    {
                        _inFlight[message.OrderingKey] = (message.Kind, DeliverAsync(handler, message, settings, stoppingToken));
                    }

                    continue;
                }
            }

            next = next is { } earlier && earlier <= message.DueAt ? earlier : message.DueAt;
        }

        return next is null ? settings.IdleInterval : Clamp(next.Value - now, settings.IdleInterval);
    }

    private async Task DeliverAsync(IOutboxHandler handler, OutboxMessage message, OutboxOptions settings, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            // The list was read before taking the in-flight slot, so the delivery that held this key a moment ago
            // may have finished this very message (or rescheduled it) since: read it again, or it goes out twice.
            if (outbox.Get(message.Id) is not { Status: OutboxStatus.Pending } current
                || current.Attempts != message.Attempts || current.DueAt > time.GetUtcNow())
            {
                return;
            }

            message = current;
            DeliveryResult result;
            try
            {
                result = await handler.DeliverAsync(message, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Delivery of outbox message {Id} ({Kind}) threw", message.Id, message.Kind);
                result = DeliveryResult.Retry($"{exception.GetType().Name}: {exception.Message}");
            }

            await RecordAsync(message, result, settings, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not record the delivery of outbox message {Id}", message.Id);
        }
        finally
        {
            lock (_inFlight)
            {
                _inFlight.Remove(message.OrderingKey);
            }

            signals.Outbox.Notify();
        }
    }

    private async Task RecordAsync(OutboxMessage message, DeliveryResult result, OutboxOptions settings, CancellationToken stoppingToken)
    {
        switch (result)
        {
            case DeliveryResult.Success:
                outbox.MarkDelivered(message.Id);
                foreach (var listener in listeners)
                {
                    listener.Delivered(message);
                }

                break;
            case DeliveryResult.RetryLater retry:
                var delay = Backoff(settings, message.Attempts + 1);
                if (retry.After is { } after && after > delay)
                {
                    delay = after;
                }

                outbox.Reschedule(message.Id, time.GetUtcNow() + delay, retry.Error);
                logger.LogWarning("Outbox message {Id} ({Kind}) not delivered, retry in {Delay}: {Error}", message.Id, message.Kind, delay, retry.Error);
                break;
            case DeliveryResult.Dead dead:
                outbox.MarkDead(message.Id, dead.Error);
                logger.LogError("Outbox message {Id} ({Kind}) refused for good: {Error}", message.Id, message.Kind, dead.Error);
                await audit.AppendAsync(new AuditRecord(Actor.Bot, "outbox.refused", message.RequestId, new JsonObject
                {
                    ["kind"] = message.Kind,
                    ["idempotencyKey"] = message.IdempotencyKey,
                    ["error"] = dead.Error,
                }), stoppingToken);
                break;
        }
    }

    // One handler per kind: the ordinary one if there is one, else the fallback; two ordinary ones stop the start.
    private static Dictionary<string, IOutboxHandler> Choose(IEnumerable<IOutboxHandler> handlers) =>
        handlers.GroupBy(h => h.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var ordinary = g.Where(h => h is not IFallbackOutboxHandler).ToList();
            return ordinary.Count switch
            {
                0 => g.First(),
                1 => ordinary[0],
                _ => throw new InvalidOperationException($"Two handlers deliver outbox kind '{g.Key}': {string.Join(", ", ordinary.Select(h => h.GetType().Name))}."),
            };
        }, StringComparer.Ordinal);

    private static TimeSpan Backoff(OutboxOptions settings, int attempt)
    {
        var raw = settings.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var spread = raw * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(spread, settings.MaxDelay.TotalMilliseconds));
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan max) => value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;
}
