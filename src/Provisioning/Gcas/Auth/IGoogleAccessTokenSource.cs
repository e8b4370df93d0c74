namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>Google access tokens for calling GCAS, cached and refreshed before they expire.</summary>
public interface IGoogleAccessTokenSource
{
    /// <summary>The cached token, or a fresh one when the cached one is missing or close to expiry.</summary>
    Task<GoogleTokenResult> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>Always runs the whole chain again, e.g. after GCAS answered 401 to a cached token.</summary>
    Task<GoogleTokenResult> RefreshAsync(CancellationToken cancellationToken);
}
