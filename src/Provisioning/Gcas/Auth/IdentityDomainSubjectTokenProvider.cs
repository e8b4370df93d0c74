using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Apis.Auth.OAuth2;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Subject tokens from an OCI identity-domain confidential application: <c>POST {domain}/oauth2/v1/token</c>
/// with HTTP Basic client authentication and <c>grant_type=client_credentials</c>. Errors surface through
/// <see cref="HopObservingHandler"/> as <see cref="AuthHop.IdentityDomain"/> failures.
/// </summary>
internal sealed class IdentityDomainSubjectTokenProvider(
    HttpClient http, Uri tokenUrl, string clientId, string clientSecret, string? scope)
    : ProgrammaticExternalAccountCredential.ISubjectTokenProvider
{
    public async Task<string> GetSubjectTokenAsync(ProgrammaticExternalAccountCredential caller, CancellationToken taskCancellationToken)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (!string.IsNullOrWhiteSpace(scope))
        {
            form.Add(new("scope", scope));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await http.SendAsync(request, taskCancellationToken);
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(taskCancellationToken);
            if (body.ValueKind == JsonValueKind.Object
                && body.TryGetProperty("access_token", out var token)
                && token.ValueKind == JsonValueKind.String
                && !string.IsNullOrEmpty(token.GetString()))
            {
                return token.GetString()!;
            }
        }
        catch (JsonException)
        {
        }

        throw new GoogleAuthHopException(new GoogleAuthFailure(
            AuthHop.IdentityDomain, response.StatusCode, "invalid_response", "the token response has no access_token", IsTransient: false));
    }
}
