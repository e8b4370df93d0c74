using ChatOps.Sandbox.Google;
using ChatOps.Sandbox.Mail;

namespace ChatOps.Sandbox.Gcas;

/// <summary>
/// Everything the GCAS side of the bot talks to, started and wired together on loopback: an identity domain with
/// a confidential application, Google STS and IAM Credentials trusting it, GCAS (seeded with the sample
/// applications) letting in the impersonated service account, and an SMTP server. <see cref="Configuration"/>
/// holds the <c>Gcas:*</c> and <c>Email:*</c> settings that point the bot's real clients at them.
/// </summary>
public sealed class GcasSandboxEnvironment : IAsyncDisposable
{
    public const string ProviderName = "//iam.googleapis.com/projects/100000000001/locations/global/workloadIdentityPools/gcas/providers/oci-identity-domain";
    public const string ServiceAccount = "chatops@gcas-sandbox.iam.gserviceaccount.com";
    public const string ClientId = "sandbox-chatops-client";
    public const string IdentityDomainScope = "https://gcas.sandbox.invalid/provisioning";
    public const string PushServiceAccount = "gcas-push@gcas-sandbox.iam.gserviceaccount.com";

    private GcasSandboxEnvironment(IdentityDomainSimulator domain, GoogleCloudSimulator google, GcasSimulator gcas, SmtpSimulator smtp, string clientSecret)
    {
        IdentityDomain = domain;
        Google = google;
        Gcas = gcas;
        Smtp = smtp;
        Configuration = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Gcas:BaseUrl"] = gcas.BaseUri.ToString(),
            ["Gcas:Auth:SubjectTokenSource"] = "IdentityDomain",
            ["Gcas:Auth:IdentityDomainUrl"] = domain.BaseUri.ToString(),
            ["Gcas:Auth:IdentityDomainScope"] = IdentityDomainScope,
            ["Gcas:Auth:ClientId"] = ClientId,
            ["Gcas:Auth:ClientSecret"] = clientSecret,
            ["Gcas:Auth:TokenUrl"] = google.StsTokenUrl.ToString(),
            ["Gcas:Auth:Audience"] = ProviderName,
            ["Gcas:Auth:ServiceAccountEmail"] = ServiceAccount,
            ["Gcas:Auth:ImpersonationUrl"] = google.ImpersonationUrl(ServiceAccount).ToString(),
            ["Gcas:Push:JwksUrl"] = google.CertsUrl.ToString(),
            ["Gcas:Push:AllowedServiceAccounts:0"] = PushServiceAccount,
            ["Email:Host"] = smtp.Host,
            ["Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:StartTls"] = "None",
            ["Email:From"] = "noreply@provisioning.sandbox.invalid",
        };
    }

    public IdentityDomainSimulator IdentityDomain { get; }

    public GoogleCloudSimulator Google { get; }

    public GcasSimulator Gcas { get; }

    public SmtpSimulator Smtp { get; }

    public IReadOnlyDictionary<string, string?> Configuration { get; }

    public static async Task<GcasSandboxEnvironment> StartAsync(
        TimeProvider? time = null, bool seedSamples = true, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var domain = await IdentityDomainSimulator.StartAsync(time, cancellationToken: cancellationToken);
        var google = await GoogleCloudSimulator.StartAsync(time, cancellationToken: cancellationToken);
        var gcas = await GcasSimulator.StartAsync(google.Tokens, time,
            new GcasSimulatorOptions { RequiredPrincipal = $"serviceAccount:{ServiceAccount}" }, cancellationToken);
        var smtp = await SmtpSimulator.StartAsync(time, cancellationToken);

        // A fresh secret per run: the sandbox never ships a credential, even a fake one.
        var secret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        domain.RegisterClient(ClientId, secret, IdentityDomainScope);
        google.AddProvider(WorkloadIdentityPoolProvider.Create(ProviderName, domain.Issuer, domain.SigningKey, domain.Audience));
        google.AllowImpersonation(ServiceAccount,
            $"principal:{ProviderName[..ProviderName.IndexOf("/providers/", StringComparison.Ordinal)]}/subject/{ClientId}");
        if (seedSamples)
        {
            gcas.SeedSamples();
        }

        return new GcasSandboxEnvironment(domain, google, gcas, smtp, secret);
    }

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await Gcas.DisposeAsync();
        await Google.DisposeAsync();
        await IdentityDomain.DisposeAsync();
    }
}
