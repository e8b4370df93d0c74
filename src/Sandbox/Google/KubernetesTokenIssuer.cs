using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// Stands in for an OKE cluster with OIDC discovery: mints projected service-account tokens and writes them to
/// a file, as the kubelet does for a projected volume. No server: in OKE the discovery document is published
/// by OCI, and Google's provider here trusts the uploaded key (<see cref="SigningKey"/>).
/// </summary>
public sealed class KubernetesTokenIssuer(string issuer, TimeProvider? time = null) : IDisposable
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Issuer { get; } = issuer;

    public RsaSigningKey SigningKey { get; } = RsaSigningKey.Create();

    public string Mint(string serviceAccount, string audience, TimeSpan lifetime, string @namespace = "chatops")
    {
        var now = _time.GetUtcNow();
        return SandboxJwt.Sign(new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = $"system:serviceaccount:{@namespace}:{serviceAccount}",
            ["aud"] = new JsonArray(audience),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime).ToUnixTimeSeconds(),
            ["kubernetes.io"] = new JsonObject
            {
                ["namespace"] = @namespace,
                ["serviceaccount"] = new JsonObject { ["name"] = serviceAccount, ["uid"] = Guid.NewGuid().ToString() },
            },
        }, SigningKey);
    }

    public async Task<string> WriteTokenFileAsync(
        string path, string serviceAccount, string audience, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var token = Mint(serviceAccount, audience, lifetime);
        await File.WriteAllTextAsync(path, token, cancellationToken);
        return token;
    }

    public void Dispose() => SigningKey.Dispose();
}
