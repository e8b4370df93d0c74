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
}
