namespace ChatOps.Sandbox.Google;

public sealed record IdentityDomainSimulatorOptions
{
    /// <summary>The <c>iss</c> claim. Null: the domain URL, as an identity domain with a custom issuer would use.</summary>
    public string? Issuer { get; init; }

    /// <summary>The <c>aud</c> claim: the resource app's primary audience that Google's provider allows.</summary>
    public string Audience { get; init; } = "https://gcas.sandbox.invalid/";

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);
}
