namespace ChatOps.Bot.Slack.Signing;

/// <summary>The outcome of checking a request signature; every value but <see cref="Valid"/> is a rejection reason.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    OutsideWindow,
    UnknownVersion,
    Mismatch,
    NoSigningSecret,
}
