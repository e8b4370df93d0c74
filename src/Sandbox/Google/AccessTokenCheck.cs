namespace ChatOps.Sandbox.Google;

/// <summary>What a resource server learns about a bearer token: valid for whom, or why not.</summary>
public sealed record AccessTokenCheck(bool Valid, IssuedAccessToken? Token, string? Reason)
{
    public static AccessTokenCheck Ok(IssuedAccessToken token) => new(true, token, null);

    public static AccessTokenCheck Invalid(string reason) => new(false, null, reason);
}
