namespace ChatOps.Provisioning.Oci;

/// <summary>
/// A failed OCI call as a value. <see cref="HttpStatus"/> 0 means the request got no HTTP answer (network failure,
/// timeout, or no credentials); <see cref="Code"/> then is one of the client-side codes below.
/// </summary>
internal sealed record OciError(
    int HttpStatus,
    string Code,
    string Message,
    string? OpcRequestId,
    string Service,
    string Operation)
{
    public const string NetworkError = "NetworkError";
    public const string RequestTimeout = "RequestTimeout";
    public const string AuthenticationUnavailable = "AuthenticationUnavailable";
    public const string AuthenticationMisconfigured = "AuthenticationMisconfigured";
    public const string AlreadyExistsCode = "NotAuthorizedOrResourceAlreadyExists";

    /// <summary>Worth trying again later with the same inputs (what OCI's own SDKs retry, plus client-side outages).</summary>
    public bool IsTransient => HttpStatus switch
    {
        0 => Code != AuthenticationMisconfigured,
        429 or 500 or 502 or 503 or 504 => true,
        409 => Code is "IncorrectState" or "ExternalServerIncorrectState",
        _ => false,
    };

    public bool IsNotFound => HttpStatus == 404;

    /// <summary>409 on a create: OCI's answer to a duplicate name (or a missing permission; it does not say which).</summary>
    public bool IsAlreadyExists => HttpStatus == 409 && Code == AlreadyExistsCode;

    public override string ToString() =>
        $"OCI {Service} {Operation} failed: HTTP {HttpStatus} {Code}: {Message} (opc-request-id {OpcRequestId ?? "none"})";
}
