using ChatOps.Provisioning.Gcas.Auth;
using ChatOps.Provisioning.Gcas.Push;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Gcas;

/// <summary>Start-up checks of <c>Gcas</c>, <c>Gcas:Auth</c> and <c>Gcas:Push</c>, each message naming its key.</summary>
internal sealed class GcasOptionsValidator :
    IValidateOptions<GcasOptions>, IValidateOptions<GoogleFederationOptions>, IValidateOptions<GcasPushOptions>
{
    public ValidateOptionsResult Validate(string? name, GcasOptions options)
    {
        var errors = new List<string>();
        RequireUrl(errors, "Gcas:BaseUrl", options.BaseUrl, "the GCAS API base URL");
        if (options.PollInterval <= TimeSpan.Zero)
        {
            errors.Add("Gcas:PollInterval must be a positive time span, e.g. 00:01:00.");
        }

        if (options.PollRetryBaseDelay <= TimeSpan.Zero || options.PollRetryMaxDelay < options.PollRetryBaseDelay)
        {
            errors.Add("Gcas:PollRetryBaseDelay must be positive and Gcas:PollRetryMaxDelay at least as long, e.g. 00:00:05 and 00:10:00.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add("Gcas:Timeout must be a positive time span, e.g. 00:00:30.");
        }

        if (options.PageSize is < 1 or > 100)
        {
            errors.Add("Gcas:PageSize must be between 1 and 100 (the contract's maximum limit).");
        }

        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, GoogleFederationOptions options)
    {
        var errors = new List<string>();
        RequireUrl(errors, "Gcas:Auth:TokenUrl", options.TokenUrl, "the Google STS token endpoint");
        if (string.IsNullOrWhiteSpace(options.Audience) || !options.Audience.StartsWith("//iam.googleapis.com/", StringComparison.Ordinal))
        {
            errors.Add("Gcas:Auth:Audience must be the workload identity provider's full resource name, "
                + "//iam.googleapis.com/projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.");
        }

        if (string.IsNullOrWhiteSpace(options.Scope))
        {
            errors.Add("Gcas:Auth:Scope is required, e.g. https://www.googleapis.com/auth/cloud-platform.");
        }

        if (!string.IsNullOrWhiteSpace(options.ImpersonationUrl))
        {
            RequireUrl(errors, "Gcas:Auth:ImpersonationUrl", options.ImpersonationUrl, "the IAM Credentials generateAccessToken URL");
        }

        if (options.SubjectTokenSource == SubjectTokenSourceKind.IdentityDomain)
        {
            RequireUrl(errors, "Gcas:Auth:IdentityDomainUrl", options.IdentityDomainUrl, "the identity domain URL");
            Require(errors, "Gcas:Auth:ClientId", options.ClientId, "the confidential application's client id");
            Require(errors, "Gcas:Auth:ClientSecret", options.ClientSecret,
                "the confidential application's secret; set it from a secret as the environment variable Gcas__Auth__ClientSecret");
        }
        else if (string.IsNullOrWhiteSpace(options.TokenFile))
        {
            errors.Add("Gcas:Auth:TokenFile is required for SubjectTokenSource KubernetesServiceAccount: the projected service-account token path.");
        }

        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, GcasPushOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        Require(errors, "Gcas:Push:Audience", options.Audience, "the audience GCAS puts in its ID tokens");
        if (options.AllowedServiceAccounts.Count == 0)
        {
            errors.Add("Gcas:Push:AllowedServiceAccounts needs at least one Google service account e-mail when Gcas:Push:Enabled is true.");
        }

        RequireUrl(errors, "Gcas:Push:JwksUrl", options.JwksUrl, "Google's OIDC signing keys");
        if (options.MaxBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            errors.Add("Gcas:Push:MaxBodyBytes must be between 1024 and 16777216 (one application, not a batch).");
        }

        return Result(errors);
    }

    private static void Require(List<string> errors, string key, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} is required: {what}.");
        }
    }

    private static void RequireUrl(List<string> errors, string key, string? value, string what)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{key} must be an absolute http(s) URL: {what}.");
        }
    }

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
