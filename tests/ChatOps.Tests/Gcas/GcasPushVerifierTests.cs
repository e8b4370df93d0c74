using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Gcas.Push;
using ChatOps.Sandbox.Google;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Gcas;

public class GcasPushVerifierTests
{
    private const string Audience = "https://chatops.sandbox.invalid/gcas/applications";
    private const string GcasAccount = "gcas-push@gcas-prod.iam.gserviceaccount.com";

    [Fact]
    public async Task A_google_signed_token_for_our_audience_from_the_gcas_account_is_verified()
    {
        await using var rig = await Rig.StartAsync();

        var result = await rig.Verifier.VerifyAsync("Bearer " + rig.Google.MintIdToken(Audience, GcasAccount), TestContext.Current.CancellationToken);

        Assert.Equal(PushVerification.Verified(GcasAccount), result);
    }

    [Fact]
    public async Task An_expired_token_is_rejected_by_our_clock()
    {
        await using var rig = await Rig.StartAsync();
        var token = rig.Google.MintIdToken(Audience, GcasAccount, TimeSpan.FromMinutes(10));
        rig.Time.Advance(TimeSpan.FromMinutes(11));

        var result = await rig.Verifier.VerifyAsync("Bearer " + token, TestContext.Current.CancellationToken);

        Assert.Equal(PushVerificationStatus.Rejected, result.Status);
        Assert.Contains("expired", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_rejected()
    {
        await using var rig = await Rig.StartAsync();

        var result = await rig.Verifier.VerifyAsync("Bearer " + rig.Google.MintIdToken("https://elsewhere.invalid/", GcasAccount), TestContext.Current.CancellationToken);

        Assert.Equal(PushVerificationStatus.Rejected, result.Status);
        Assert.Contains("audience", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_token_with_googles_key_id_but_another_key_is_rejected()
    {
        await using var rig = await Rig.StartAsync();
        using var forger = RsaSigningKey.Create(rig.Google.GoogleSigningKey.KeyId);

        var result = await rig.Verifier.VerifyAsync("Bearer " + rig.Google.MintIdToken(Audience, GcasAccount, signWith: forger), TestContext.Current.CancellationToken);

        Assert.Equal(PushVerificationStatus.Rejected, result.Status);
        Assert.Contains("signature", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_google_account_is_rejected_even_with_our_audience()
    {
        await using var rig = await Rig.StartAsync();

        var result = await rig.Verifier.VerifyAsync("Bearer " + rig.Google.MintIdToken(Audience, "someone@gmail.com"), TestContext.Current.CancellationToken);

        Assert.Equal(PushVerificationStatus.Rejected, result.Status);
        Assert.Contains("someone@gmail.com", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic Z2NhczpzZWNyZXQ=")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Bearer ")]
    public async Task Missing_or_malformed_credentials_are_rejected(string? header)
    {
        await using var rig = await Rig.StartAsync();

        var result = await rig.Verifier.VerifyAsync(header, TestContext.Current.CancellationToken);

        Assert.Equal(PushVerificationStatus.Rejected, result.Status);
    }

    [Fact]
    public async Task Unreachable_signing_keys_make_verification_unavailable_rather_than_rejected()
    {
        await using var rig = await Rig.StartAsync(jwksUrl: "http://127.0.0.1:9/oauth2/v3/certs");

        var result = await rig.Verifier.VerifyAsync("Bearer " + rig.Google.MintIdToken(Audience, GcasAccount), TestContext.Current.CancellationToken);

        Assert.Equal(PushVerificationStatus.Unavailable, result.Status);
    }

    private sealed class Rig(FakeTimeProvider time, GoogleCloudSimulator google, ServiceProvider services) : IAsyncDisposable
    {
        public FakeTimeProvider Time { get; } = time;

        public GoogleCloudSimulator Google { get; } = google;

        public IGcasPushVerifier Verifier => services.GetRequiredService<IGcasPushVerifier>();

        public static async Task<Rig> StartAsync(string? jwksUrl = null)
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
            var google = await GoogleCloudSimulator.StartAsync(time);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gcas:BaseUrl"] = "http://127.0.0.1:9/",
                ["Gcas:Auth:Audience"] = FederationRig.ProviderName,
                ["Gcas:Push:Enabled"] = "true",
                ["Gcas:Push:Audience"] = Audience,
                ["Gcas:Push:AllowedServiceAccounts:0"] = GcasAccount,
                ["Gcas:Push:JwksUrl"] = jwksUrl ?? google.CertsUrl.ToString(),
            }).Build();
            var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddGcas(configuration).BuildServiceProvider();
            return new Rig(time, google, services);
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await Google.DisposeAsync();
        }
    }
}
