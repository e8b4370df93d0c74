using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Google access tokens through workload identity federation with Google.Apis.Auth's
/// <see cref="ProgrammaticExternalAccountCredential"/>: subject token (identity domain or service-account token
/// file) → STS token exchange → optional IAM Credentials impersonation. The library caches the token and
/// refreshes it ahead of expiry by our <see cref="TimeProvider"/>. It owns one long-lived connection pool with a
/// bounded connection lifetime, because the credential keeps its HttpClient for as long as it lives.
/// </summary>
internal sealed class WorkloadIdentityTokenSource : IGoogleAccessTokenSource, IDisposable
{
    private readonly HopObservingHandler _handler;
    private readonly HttpClient _identityDomainHttp;
    private readonly ProgrammaticExternalAccountCredential _credential;
    private readonly ILogger<WorkloadIdentityTokenSource> _logger;

    public WorkloadIdentityTokenSource(
        IOptions<GoogleFederationOptions> options, TimeProvider time, ILogger<WorkloadIdentityTokenSource> logger)
    {
        var settings = options.Value;
        _logger = logger;
        _handler = new HopObservingHandler(HopsByUrl(settings))
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
        _identityDomainHttp = new HttpClient(_handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };

        var initializer = new ProgrammaticExternalAccountCredential.Initializer(
            settings.TokenUrl, settings.Audience, settings.SubjectTokenType, SubjectTokens(settings))
        {
            ServiceAccountImpersonationUrl = settings.EffectiveImpersonationUrl,
            Scopes = [settings.Scope],
            Clock = new TimeProviderClock(time),
            HttpClientFactory = new HttpClientFromMessageHandlerFactory(
                _ => new HttpClientFromMessageHandlerFactory.ConfiguredHttpMessageHandler(_handler, false, false)),
            // Retries belong to the caller's policy (poller, outbox), which knows the step's budget.
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
        };
        _credential = new ProgrammaticExternalAccountCredential(initializer);
    }

    public Task<GoogleTokenResult> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct => await ((ITokenAccess)_credential).GetAccessTokenForRequestAsync(null, ct), cancellationToken);

    public Task<GoogleTokenResult> RefreshAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await _credential.RequestAccessTokenAsync(ct);
            return _credential.Token.AccessToken;
        }, cancellationToken);

    public void Dispose()
    {
        _identityDomainHttp.Dispose();
        _handler.Dispose();
    }

    private async Task<GoogleTokenResult> RunAsync(Func<CancellationToken, Task<string>> fetch, CancellationToken cancellationToken)
    {
        try
        {
            var token = await fetch(cancellationToken);
            return GoogleTokenResult.Success(token, ExpiresAt(_credential.Token));
        }
        catch (Exception e) when (Unwrap(e) is GoogleAuthHopException hop)
        {
            _logger.LogWarning("Google access token unavailable: {Failure}", hop.Failure.Message);
            return GoogleTokenResult.Failed(hop.Failure);
        }
        catch (TokenResponseException e)
        {
            // The library's own parse failure: we know only the status, so blame the hop that answered last.
            var failure = new GoogleAuthFailure(AuthHop.Sts, e.StatusCode, e.Error?.Error, e.Error?.ErrorDescription,
                IsTransient: e.StatusCode is null || (int)e.StatusCode >= 500);
            _logger.LogWarning("Google access token unavailable: {Failure}", failure.Message);
            return GoogleTokenResult.Failed(failure);
        }
        catch (InvalidOperationException e) when (!cancellationToken.IsCancellationRequested)
        {
            // TokenRefreshManager gives up with this after its own internal time-outs.
            var failure = new GoogleAuthFailure(AuthHop.Sts, null, "refresh_failed", e.Message, IsTransient: true);
            _logger.LogWarning("Google access token unavailable: {Failure}", failure.Message);
            return GoogleTokenResult.Failed(failure);
        }
    }

    /// <summary>The library wraps subject-token failures (SubjectTokenException) and sometimes aggregates.</summary>
    private static Exception Unwrap(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is GoogleAuthHopException)
            {
                return current;
            }
        }

        return e;
    }

    private static DateTimeOffset? ExpiresAt(TokenResponse? token) =>
        token?.ExpiresInSeconds is { } seconds
            ? new DateTimeOffset(DateTime.SpecifyKind(token.IssuedUtc, DateTimeKind.Utc)).AddSeconds(seconds)
            : null;

    private ProgrammaticExternalAccountCredential.ISubjectTokenProvider SubjectTokens(GoogleFederationOptions settings) =>
        settings.SubjectTokenSource switch
        {
            SubjectTokenSourceKind.IdentityDomain => new IdentityDomainSubjectTokenProvider(
                _identityDomainHttp, settings.IdentityDomainTokenUrl!, settings.ClientId!, settings.ClientSecret!, settings.IdentityDomainScope),
            _ => new KubernetesTokenFileSubjectTokenProvider(settings.TokenFile),
        };

    private static Dictionary<string, AuthHop> HopsByUrl(GoogleFederationOptions settings)
    {
        var hops = new Dictionary<string, AuthHop>(StringComparer.Ordinal)
        {
            [HopObservingHandler.Key(new Uri(settings.TokenUrl))] = AuthHop.Sts,
        };
        if (settings.EffectiveImpersonationUrl is { } impersonation)
        {
            hops[HopObservingHandler.Key(new Uri(impersonation))] = AuthHop.IamCredentials;
        }

        if (settings.IdentityDomainTokenUrl is { } identityDomain)
        {
            hops[HopObservingHandler.Key(identityDomain)] = AuthHop.IdentityDomain;
        }

        return hops;
    }
}
