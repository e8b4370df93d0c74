using System.Globalization;
using ChatOps.Provisioning.Observability;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>Counts every attempt (inside the retry handler) by service and status, so throttling shows up in metrics.</summary>
internal sealed class OciMetricsHandler(OciService service, ProvisioningMetrics? metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics?.OciCall(service.ToString(), ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            return response;
        }
        catch (HttpRequestException)
        {
            metrics?.OciCall(service.ToString(), "network");
            throw;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics?.OciCall(service.ToString(), "timeout");
            throw;
        }
    }
}
