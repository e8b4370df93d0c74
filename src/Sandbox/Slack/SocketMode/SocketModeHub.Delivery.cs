using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Delivery;

namespace ChatOps.Sandbox.Slack.SocketMode;

/// <summary>Delivery of envelopes to the app's connections, round robin, with ack timeout and event redelivery.</summary>
public sealed partial class SocketModeHub
{
    internal async Task<DeliveryResult> DeliverAsync(string type, JsonObject payload, bool acceptsResponsePayload, CancellationToken cancellationToken)
    {
        // Slack retries events that were not acknowledged (retry_attempt/retry_reason); interactions just fail for the user.
        var retries = type == "events_api" ? _core.Options.MaxEventRetries : 0;
        for (var attempt = 0; ; attempt++)
        {
            var envelope = new JsonObject
            {
                ["envelope_id"] = _core.Ids.EnvelopeId(),
                ["payload"] = payload.DeepClone(),
                ["type"] = type,
                ["accepts_response_payload"] = acceptsResponsePayload,
            };
            if (type == "events_api")
            {
                envelope["retry_attempt"] = attempt;
                envelope["retry_reason"] = attempt == 0 ? "" : "timeout";
            }

            var target = await PickAsync(cancellationToken);
            var ack = target is null ? null : await SendAndWaitAsync(envelope, target, cancellationToken);
            if (ack is not null)
            {
                return new DeliveryResult(SlackDeliveryMode.SocketMode, true, ack.Payload(), Attempts: attempt + 1);
            }

            if (attempt >= retries)
            {
                return new DeliveryResult(SlackDeliveryMode.SocketMode, false, Attempts: attempt + 1);
            }
        }
    }

    private async Task<SimSocketConnection?> PickAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The app may be between connections; give it the ack timeout to come back.
            await WaitUntilAsync(hub => hub.OpenConnections.Any(c => c.IsOpen && !c.ServerClosing), cancellationToken)
                .WaitAsync(_core.Options.AckTimeout, _core.Options.Time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }

        lock (_gate)
        {
            var usable = _open.Where(c => c.IsOpen && !c.ServerClosing).ToList();
            return usable.Count == 0 ? null : usable[_roundRobin++ % usable.Count];
        }
    }

    private async Task<SocketAck?> SendAndWaitAsync(JsonObject envelope, SimSocketConnection target, CancellationToken cancellationToken)
    {
        var id = envelope["envelope_id"]!.GetValue<string>();
        var waiter = new TaskCompletionSource<SocketAck>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pending[id] = waiter;
        }

        try
        {
            await target.SendAsync(envelope, cancellationToken);
            return await waiter.Task.WaitAsync(_core.Options.AckTimeout, _core.Options.Time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            lock (_gate)
            {
                _pending.Remove(id);
            }
        }
    }
}
