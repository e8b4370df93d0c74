namespace ChatOps.Provisioning.Oci.Http;

/// <summary>Hands each typed client the <see cref="OciHttp"/> of its service.</summary>
internal sealed class OciHttpFactory(IHttpClientFactory clients, OciEndpoints endpoints, TimeProvider time)
{
    public OciHttp For(OciService service) => new(clients, endpoints, service, time);
}
