namespace ChatOps.Tests.Gcas.Adapters;

/// <summary>Observes the bot's calls to GCAS for <see cref="GcasTraffic"/>; passes everything through unchanged.</summary>
internal sealed class GcasTrafficHandler(GcasTraffic traffic) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (traffic.IsGcas(request.RequestUri))
        {
            await traffic.WaitIfHeldAsync(request, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (traffic.IsGcas(request.RequestUri))
        {
            traffic.Record(request, response);
        }

        return response;
    }
}
