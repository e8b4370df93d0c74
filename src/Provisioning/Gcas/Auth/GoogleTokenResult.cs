namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>A Google access token, or why there is none. The token text never appears in <see cref="ToString"/>.</summary>
public sealed record GoogleTokenResult
{
    private GoogleTokenResult(string? accessToken, DateTimeOffset? expiresAt, GoogleAuthFailure? failure)
    {
        AccessToken = accessToken;
        ExpiresAt = expiresAt;
        Failure = failure;
    }

    public string? AccessToken { get; }

    public DateTimeOffset? ExpiresAt { get; }

    public GoogleAuthFailure? Failure { get; }

    public bool Succeeded => AccessToken is not null;

    public static GoogleTokenResult Success(string accessToken, DateTimeOffset? expiresAt) => new(accessToken, expiresAt, null);

    public static GoogleTokenResult Failed(GoogleAuthFailure failure) => new(null, null, failure);

    public override string ToString() =>
        Succeeded ? $"Google access token (expires {ExpiresAt:O})" : $"No Google access token: {Failure}";
}
