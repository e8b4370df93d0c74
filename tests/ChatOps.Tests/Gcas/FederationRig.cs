using ChatOps.Provisioning.Gcas.Auth;
using ChatOps.Sandbox.Google;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Gcas;

/// <summary>The identity domain and Google fakes on loopback, wired as a workload identity provider trusts them.</summary>
internal sealed class FederationRig : IAsyncDisposable
{
    public const string ProviderName = "//iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/gcas/providers/oci";
    public const string ServiceAccount = "chatops@gcas-sandbox.iam.gserviceaccount.com";
    public const string ClientId = "0a1b2c3d4e5f";
    public const string ClientSecret = "idcscs-sandbox-secret-7f3a";

    private FederationRig(FakeTimeProvider time, IdentityDomainSimulator domain, GoogleCloudSimulator google)
    {
        Time = time;
        Domain = domain;
        Google = google;
    }

    public FakeTimeProvider Time { get; }

    public IdentityDomainSimulator Domain { get; }

    public GoogleCloudSimulator Google { get; }

    public static async Task<FederationRig> StartAsync(GoogleCloudSimulatorOptions? googleOptions = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var domain = await IdentityDomainSimulator.StartAsync(time, new IdentityDomainSimulatorOptions { Audience = "https://gcas.sandbox.invalid/" });
        var google = await GoogleCloudSimulator.StartAsync(time, googleOptions);
        domain.RegisterClient(ClientId, ClientSecret, "https://gcas.sandbox.invalid/read");
        google.AddProvider(WorkloadIdentityPoolProvider.Create(ProviderName, domain.Issuer, domain.SigningKey, domain.Audience));
        google.AllowImpersonation(ServiceAccount, $"principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/gcas/subject/{ClientId}");
        return new FederationRig(time, domain, google);
    }

    public GoogleFederationOptions IdentityDomainOptions(bool impersonate = true) => new()
    {
        SubjectTokenSource = SubjectTokenSourceKind.IdentityDomain,
        TokenUrl = Google.StsTokenUrl.ToString(),
        Audience = ProviderName,
        ServiceAccountEmail = impersonate ? ServiceAccount : null,
        ImpersonationUrl = impersonate ? Google.ImpersonationUrl(ServiceAccount).ToString() : null,
        IdentityDomainUrl = Domain.BaseUri.ToString(),
        IdentityDomainScope = "https://gcas.sandbox.invalid/read",
        ClientId = ClientId,
        ClientSecret = ClientSecret,
    };

    public WorkloadIdentityTokenSource TokenSource(GoogleFederationOptions options) =>
        new(Options.Create(options), Time, NullLogger<WorkloadIdentityTokenSource>.Instance);

    public async ValueTask DisposeAsync()
    {
        await Google.DisposeAsync();
        await Domain.DisposeAsync();
    }
}
