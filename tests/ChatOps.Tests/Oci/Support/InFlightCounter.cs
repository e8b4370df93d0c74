namespace ChatOps.Tests.Oci.Support;

/// <summary>
/// The innermost handler of the bot's OCI clients: counts requests that are on the wire, so the test driver
/// never moves fake time while a real answer is on its way.
/// </summary>
internal sealed class InFlightCounter
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(InFlightCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._inFlight);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref counter._inFlight);
            }
        }
    }
}
