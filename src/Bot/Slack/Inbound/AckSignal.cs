using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// The one answer a request's ack may carry. Whoever sets it first wins: the handler (its answer rides in the
/// ack) or the transport when the budget runs out (empty ack; a late answer then goes through response_url).
/// </summary>
internal sealed class AckSignal
{
    private readonly TaskCompletionSource<JsonObject?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsSent => _answer.Task.IsCompleted;

    public bool TryAnswer(JsonObject? payload) => _answer.TrySetResult(payload);

    public async Task<JsonObject?> WaitAsync(TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await _answer.Task.WaitAsync(budget, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Close the race atomically: if the handler answered in between, its answer is what we return.
            return _answer.TrySetResult(null) ? null : await _answer.Task.WaitAsync(cancellationToken);
        }
    }
}
