namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>How a simulated HTTP request is signed: correctly, or in one of the ways an attacker or a broken proxy would.</summary>
public enum SigningMode
{
    Valid,
    WrongSecret,
    /// <summary>Correctly signed, but with a timestamp six minutes old: a captured request replayed later.</summary>
    Stale,
    /// <summary>Correctly signed with a timestamp six minutes ahead.</summary>
    FromTheFuture,
    Unsigned,
    UnknownVersion,
    /// <summary>Signed, then the body changed in transit.</summary>
    TamperedBody,
}
