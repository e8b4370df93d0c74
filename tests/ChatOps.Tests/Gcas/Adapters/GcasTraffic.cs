using System.Collections.Concurrent;

namespace ChatOps.Tests.Gcas.Adapters;

/// <summary>What the bot's HTTP clients sent to GCAS and got back, in order; optionally reacting after each answer.</summary>
internal sealed class GcasTraffic(Uri gcasBase)
{
    private readonly ConcurrentQueue<(HttpMethod Method, Uri Uri, int Status)> _exchanges = new();
    private volatile TaskCompletionSource? _statusEventGate;

    /// <summary>Runs after each GCAS answer arrives, before the client sees it (e.g. to arm a fault for the next call).</summary>
    public Action<HttpRequestMessage, HttpResponseMessage>? AfterResponse { get; set; }

    public IReadOnlyList<(HttpMethod Method, Uri Uri, int Status)> Exchanges => [.. _exchanges];

    /// <summary>The <c>after</c> cursor of every list call, in order (null for a list from the start).</summary>
    public IReadOnlyList<string?> ListCursors => [.. Exchanges
        .Where(e => e.Method == HttpMethod.Get && e.Uri.AbsolutePath.EndsWith("/v1/oci/applications", StringComparison.Ordinal))
        .Select(e => System.Web.HttpUtility.ParseQueryString(e.Uri.Query)["after"])];

    /// <summary>Holds the bot's status-event posts back until disposed, so a test owns which GCAS call comes next.</summary>
    public IDisposable HoldStatusEvents()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _statusEventGate = gate;
        return new Release(() =>
        {
            _statusEventGate = null;
            gate.TrySetResult();
        });
    }

    public Task WaitIfHeldAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Method == HttpMethod.Post && _statusEventGate is { } gate ? gate.Task.WaitAsync(cancellationToken) : Task.CompletedTask;

    public bool IsGcas(Uri? uri) => uri is not null && uri.Authority == gcasBase.Authority;

    public void Record(HttpRequestMessage request, HttpResponseMessage response)
    {
        _exchanges.Enqueue((request.Method, request.RequestUri!, (int)response.StatusCode));
        AfterResponse?.Invoke(request, response);
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
