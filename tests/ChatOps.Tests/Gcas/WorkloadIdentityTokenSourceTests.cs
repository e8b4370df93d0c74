using ChatOps.Provisioning.Gcas.Auth;
using ChatOps.Sandbox.Google;

namespace ChatOps.Tests.Gcas;

public class WorkloadIdentityTokenSourceTests
{
    [Fact]
    public async Task Identity_domain_token_is_exchanged_at_sts_and_impersonated()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions());

        var result = await source.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var check = rig.Google.Tokens.Check(result.AccessToken);
        Assert.True(check.Valid);
        Assert.Equal($"serviceAccount:{FederationRig.ServiceAccount}", check.Token!.Principal);
        Assert.Equal(["https://www.googleapis.com/auth/cloud-platform"], check.Token.Scopes);
        var form = rig.Google.LastStsForm!;
        Assert.Equal("urn:ietf:params:oauth:grant-type:token-exchange", form["grant_type"]);
        Assert.Equal(FederationRig.ProviderName, form["audience"]);
        Assert.Equal("urn:ietf:params:oauth:token-type:access_token", form["requested_token_type"]);
        Assert.Equal("urn:ietf:params:oauth:token-type:jwt", form["subject_token_type"]);
        Assert.False(string.IsNullOrEmpty(form["scope"]));
        Assert.Equal(1, rig.Domain.Counters.Issued);
        Assert.Equal(1, rig.Google.StsCounters.Issued);
        Assert.Equal(1, rig.Google.IamCredentialsCounters.Issued);
        Assert.Equal(rig.Time.GetUtcNow().AddHours(1), result.ExpiresAt);
    }

    [Fact]
    public async Task Without_impersonation_the_federated_sts_token_is_used_directly()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions(impersonate: false));

        var result = await source.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var check = rig.Google.Tokens.Check(result.AccessToken);
        Assert.StartsWith("principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/gcas/subject/", check.Token!.Principal, StringComparison.Ordinal);
        Assert.Equal("https://www.googleapis.com/auth/cloud-platform", rig.Google.LastStsForm!["scope"]);
        Assert.Equal(0, rig.Google.IamCredentialsCounters.Requests);
    }

    [Fact]
    public async Task Token_is_cached_and_refreshed_shortly_before_it_expires()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions());
        var ct = TestContext.Current.CancellationToken;

        var first = await source.GetAccessTokenAsync(ct);
        rig.Time.Advance(TimeSpan.FromMinutes(50));
        var cached = await source.GetAccessTokenAsync(ct);
        // Google.Apis.Auth refreshes in the background from 3¾ minutes before expiry and blocks for a new token
        // from 1 minute before; 30 seconds before expiry the refresh is therefore synchronous and deterministic.
        rig.Time.Advance(TimeSpan.FromMinutes(9.5));
        var refreshed = await source.GetAccessTokenAsync(ct);

        Assert.Equal(first.AccessToken, cached.AccessToken);
        Assert.NotEqual(first.AccessToken, refreshed.AccessToken);
        Assert.True(rig.Google.Tokens.Check(first.AccessToken).Valid, "the old token had not expired yet when it was replaced");
        Assert.Equal(2, rig.Domain.Counters.Issued);
        Assert.Equal(2, rig.Google.StsCounters.Issued);
        Assert.Equal(2, rig.Google.IamCredentialsCounters.Issued);
        Assert.Equal(rig.Time.GetUtcNow().AddHours(1), refreshed.ExpiresAt);
    }

    [Fact]
    public async Task Forced_refresh_runs_the_chain_again()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions());
        var ct = TestContext.Current.CancellationToken;

        var first = await source.GetAccessTokenAsync(ct);
        var forced = await source.RefreshAsync(ct);
        var after = await source.GetAccessTokenAsync(ct);

        Assert.NotEqual(first.AccessToken, forced.AccessToken);
        Assert.Equal(forced.AccessToken, after.AccessToken);
        Assert.Equal(2, rig.Google.IamCredentialsCounters.Issued);
    }

    [Fact]
    public async Task Kubernetes_token_file_needs_no_secret_and_is_read_again_on_refresh()
    {
        await using var rig = await FederationRig.StartAsync();
        using var cluster = new KubernetesTokenIssuer("https://oke-oidc.sandbox.invalid/clusters/c1", rig.Time);
        const string provider = "//iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/gcas/providers/oke";
        rig.Google.AddProvider(WorkloadIdentityPoolProvider.Create(provider, cluster.Issuer, cluster.SigningKey));
        var path = Path.Combine(Path.GetTempPath(), $"gcas-token-{Guid.NewGuid():N}");
        var ct = TestContext.Current.CancellationToken;
        try
        {
            var written = await cluster.WriteTokenFileAsync(path, "chatops", "https:" + provider, TimeSpan.FromHours(1), ct);
            using var source = rig.TokenSource(new GoogleFederationOptions
            {
                SubjectTokenSource = SubjectTokenSourceKind.KubernetesServiceAccount,
                TokenFile = path,
                TokenUrl = rig.Google.StsTokenUrl.ToString(),
                Audience = provider,
            });

            var first = await source.GetAccessTokenAsync(ct);
            Assert.True(first.Succeeded, first.ToString());
            Assert.Equal(written, rig.Google.LastStsForm!["subject_token"]);
            Assert.EndsWith("/subject/system:serviceaccount:chatops:chatops", rig.Google.Tokens.Check(first.AccessToken).Token!.Principal, StringComparison.Ordinal);

            rig.Time.Advance(TimeSpan.FromMinutes(30));
            var rotated = await cluster.WriteTokenFileAsync(path, "chatops", "https:" + provider, TimeSpan.FromHours(1), ct);
            var second = await source.RefreshAsync(ct);

            Assert.True(second.Succeeded, second.ToString());
            Assert.Equal(rotated, rig.Google.LastStsForm!["subject_token"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Missing_token_file_is_named_as_the_failing_hop()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(new GoogleFederationOptions
        {
            TokenFile = Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}"),
            TokenUrl = rig.Google.StsTokenUrl.ToString(),
            Audience = FederationRig.ProviderName,
        });

        var result = await source.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthHop.SubjectTokenFile, result.Failure!.Hop);
        Assert.Equal(0, rig.Google.StsCounters.Requests);
    }

    [Fact]
    public async Task Wrong_client_secret_fails_at_the_identity_domain_without_leaking_the_secret()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions() with { ClientSecret = "not-the-secret-123" });

        var result = await source.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        var failure = result.Failure!;
        Assert.Equal(AuthHop.IdentityDomain, failure.Hop);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal("invalid_client", failure.Error);
        Assert.False(failure.IsTransient);
        Assert.Contains("identity domain", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not-the-secret-123", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, rig.Google.StsCounters.Requests);
    }

    [Fact]
    public async Task Sts_rejection_names_sts_with_its_error_and_never_the_subject_token()
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions() with { Audience = FederationRig.ProviderName.Replace("/oci", "/other", StringComparison.Ordinal) });

        var result = await source.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        var failure = result.Failure!;
        Assert.Equal(AuthHop.Sts, failure.Hop);
        Assert.Equal("invalid_target", failure.Error);
        Assert.Contains("audience", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.Contains("STS", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Google.LastStsForm!["subject_token"], failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, rig.Google.IamCredentialsCounters.Requests);
    }

    [Fact]
    public async Task Impersonation_denied_names_iam_credentials_with_google_error_status()
    {
        await using var rig = await FederationRig.StartAsync();
        const string other = "someone-else@gcas-sandbox.iam.gserviceaccount.com";
        using var source = rig.TokenSource(rig.IdentityDomainOptions() with
        {
            ServiceAccountEmail = other,
            ImpersonationUrl = rig.Google.ImpersonationUrl(other).ToString(),
        });

        var result = await source.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        var failure = result.Failure!;
        Assert.Equal(AuthHop.IamCredentials, failure.Hop);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, failure.StatusCode);
        Assert.Equal("PERMISSION_DENIED", failure.Error);
        Assert.Contains("iam.serviceAccounts.getAccessToken", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.Contains("IAM Credentials", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("domain")]
    [InlineData("sts")]
    [InlineData("iam")]
    public async Task Server_errors_at_any_hop_are_transient_and_the_next_call_recovers(string hop)
    {
        await using var rig = await FederationRig.StartAsync();
        using var source = rig.TokenSource(rig.IdentityDomainOptions());
        var faults = hop switch { "domain" => rig.Domain.Faults, "sts" => rig.Google.StsFaults, _ => rig.Google.IamCredentialsFaults };
        faults.FailNext(1, 503, hop == "iam" ? "UNAVAILABLE" : "temporarily_unavailable", "try again");
        var ct = TestContext.Current.CancellationToken;

        var failed = await source.GetAccessTokenAsync(ct);
        var recovered = await source.GetAccessTokenAsync(ct);

        Assert.True(failed.Failure!.IsTransient);
        Assert.Equal(hop switch { "domain" => AuthHop.IdentityDomain, "sts" => AuthHop.Sts, _ => AuthHop.IamCredentials }, failed.Failure.Hop);
        Assert.True(recovered.Succeeded, recovered.ToString());
    }
}
