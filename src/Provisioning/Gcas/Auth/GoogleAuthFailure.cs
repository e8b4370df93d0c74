using System.Net;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Why no Google access token could be had. Carries the hop and the peer's <c>error</c>/<c>error_description</c>,
/// never a token or secret. <see cref="IsTransient"/> is true for network faults, timeouts, 429 and 5xx.
/// </summary>
public sealed record GoogleAuthFailure(
    AuthHop Hop,
    HttpStatusCode? StatusCode,
    string? Error,
    string? ErrorDescription,
    bool IsTransient,
    TimeSpan? RetryAfter = null)
{
    public string Message
    {
        get
        {
            var status = StatusCode is { } code ? $" answered {(int)code}" : " failed";
            var error = string.IsNullOrEmpty(Error) ? "" : $": {Error}";
            var description = string.IsNullOrEmpty(ErrorDescription) ? "" : $" ({ErrorDescription})";
            return $"{AuthHopNames.Describe(Hop)}{status}{error}{description}";
        }
    }

    public override string ToString() => Message;
}
