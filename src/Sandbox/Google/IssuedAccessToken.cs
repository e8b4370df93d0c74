namespace ChatOps.Sandbox.Google;

/// <summary>An opaque Google access token minted by the simulator, and whom it stands for.</summary>
public sealed record IssuedAccessToken(string Token, string Principal, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
