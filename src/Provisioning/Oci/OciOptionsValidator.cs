using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci;

/// <summary>Checks <c>Oci:*</c> at start; every message names the configuration key to fix.</summary>
internal sealed class OciOptionsValidator : IValidateOptions<OciOptions>
{
    public ValidateOptionsResult Validate(string? name, OciOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.TryParse<OciAuthKind>(options.Auth, ignoreCase: true, out _))
        {
            failures.Add($"Oci:Auth must be one of {string.Join(", ", Enum.GetNames<OciAuthKind>())} (was '{options.Auth}').");
        }

        if (string.IsNullOrWhiteSpace(options.Region))
        {
            failures.Add("Oci:Region is required (the parent tenancy's home region, e.g. ap-tokyo-1).");
        }

        if (string.IsNullOrWhiteSpace(options.RealmDomain) || options.RealmDomain.Contains('/', StringComparison.Ordinal))
        {
            failures.Add($"Oci:RealmDomain must be a domain name such as oraclecloud.com (was '{options.RealmDomain}').");
        }

        ValidateEndpoints(options, failures);
        ValidateRateLimits(options, failures);
        ValidateRetry(options, failures);
        if (options.Auth is not null && options.Auth.Equals(nameof(OciAuthKind.ConfigFile), StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.ConfigFile))
        {
            failures.Add("Oci:ConfigFile is required when Oci:Auth is ConfigFile.");
        }

        if (options.WorkloadIdentity.Port is < 1 or > 65535)
        {
            failures.Add($"Oci:WorkloadIdentity:Port must be a TCP port (was {options.WorkloadIdentity.Port}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateEndpoints(OciOptions options, List<string> failures)
    {
        foreach (var (key, value) in options.Endpoints)
        {
            if (!Enum.TryParse<OciService>(key, ignoreCase: true, out _))
            {
                failures.Add($"Oci:Endpoints:{key} is not a known service ({string.Join(", ", Enum.GetNames<OciService>())}).");
            }
            else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query))
            {
                failures.Add($"Oci:Endpoints:{key} must be an absolute http(s) URL with scheme, host and port only (was '{value}').");
            }
        }
    }

    private static void ValidateRateLimits(OciOptions options, List<string> failures)
    {
        foreach (var (key, value) in options.RateLimits)
        {
            if (!Enum.TryParse<OciService>(key, ignoreCase: true, out _))
            {
                failures.Add($"Oci:RateLimits:{key} is not a known service ({string.Join(", ", Enum.GetNames<OciService>())}).");
            }
            else if (!(value > 0) || double.IsInfinity(value))
            {
                failures.Add($"Oci:RateLimits:{key} must be a positive number of requests per second (was {value}).");
            }
        }
    }

    private static void ValidateRetry(OciOptions options, List<string> failures)
    {
        if (options.Retry.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"Oci:Retry:MaxAttempts must be between 1 and 20 (was {options.Retry.MaxAttempts}).");
        }

        if (options.Retry.BaseDelay <= TimeSpan.Zero)
        {
            failures.Add($"Oci:Retry:BaseDelay must be positive (was {options.Retry.BaseDelay}).");
        }

        if (options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            failures.Add($"Oci:Retry:MaxDelay must not be less than Oci:Retry:BaseDelay (was {options.Retry.MaxDelay}).");
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            failures.Add($"Oci:Timeout must be positive (was {options.Timeout}).");
        }
    }
}
