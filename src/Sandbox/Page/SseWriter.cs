using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>Writes Server-Sent Events frames, one writer at a time, flushed so the browser sees them at once.</summary>
internal sealed class SseWriter(HttpResponse response)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task SendAsync(string name, JsonObject data, CancellationToken cancellationToken) =>
        WriteAsync($"event: {name}\ndata: {data.ToJsonString()}\n\n", cancellationToken);

    public Task CommentAsync(string text, CancellationToken cancellationToken) => WriteAsync($": {text}\n\n", cancellationToken);

    private async Task WriteAsync(string frame, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await response.WriteAsync(frame, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
