using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// One exchange with the OKE proxymux: the pod's service-account token and a fresh public key in, a resource
/// principal session token bound to that key out. TLS is trusted only through the service-account CA.
/// </summary>
internal static class ProxymuxClient
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static async Task<string> RequestSessionTokenAsync(
        Uri endpoint,
        string serviceAccountToken,
        X509Certificate2Collection trustedRoots,
        RSA podKey,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, chain, errors) => IsTrusted(trustedRoots, certificate, chain, errors) },
        };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = new CancellationTokenSource(RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new { podKey = Convert.ToBase64String(podKey.ExportSubjectPublicKeyInfo()) }),
        };
        request.Headers.Authorization = new("Bearer", serviceAccountToken);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.TryAddWithoutValidation("opc-request-id", Guid.NewGuid().ToString("N"));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, linked.Token);
        }
        catch (HttpRequestException ex)
        {
            throw new OciAuthException(
                $"The OKE proxymux at {endpoint.Authority} could not be reached or its TLS certificate is not issued by the service-account CA.",
                isPermanent: false,
                ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OciAuthException($"The OKE proxymux at {endpoint.Authority} did not answer within {RequestTimeout}.", isPermanent: false, ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                throw new OciAuthException(
                    "The OKE proxymux refused the pod (403). Workload identity needs an OKE Enhanced cluster; make sure the cluster type is Enhanced.",
                    isPermanent: true);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new OciAuthException($"The OKE proxymux answered HTTP {(int)response.StatusCode}.", isPermanent: false);
            }

            return Decode(await response.Content.ReadAsStringAsync(linked.Token));
        }
    }

    /// <summary>The body is a JSON string holding Base64 of <c>{"token":"ST$&lt;jwt&gt;"}</c>; returns the JWT.</summary>
    public static string Decode(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var text = body.Trim();
            if (text.StartsWith('"'))
            {
                text = JsonSerializer.Deserialize<string>(text) ?? string.Empty;
            }

            using var document = JsonDocument.Parse(Convert.FromBase64String(text));
            var token = document.RootElement.GetProperty("token").GetString() ?? string.Empty;
            if (!token.StartsWith("ST$", StringComparison.Ordinal) || token.Length <= 3)
            {
                throw new OciAuthException("The OKE proxymux answered with a token that is not a session token (no ST$ prefix).", isPermanent: false);
            }

            return token[3..];
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new OciAuthException("The OKE proxymux answer could not be decoded.", isPermanent: false, ex);
        }
    }

    private static bool IsTrusted(X509Certificate2Collection roots, X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        // Name checks still apply; only the choice of trust anchor is ours.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return certificate is X509Certificate2 leaf
            ? chain.Build(leaf)
            : BuildFromRaw(chain, certificate);
    }

    private static bool BuildFromRaw(X509Chain chain, X509Certificate certificate)
    {
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
