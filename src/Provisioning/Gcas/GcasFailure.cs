using System.Net;
using ChatOps.Provisioning.Gcas.Auth;

namespace ChatOps.Provisioning.Gcas;

/// <summary>Why a GCAS call did not succeed. <see cref="Summary"/> is safe to show in Slack and logs.</summary>
public sealed record GcasFailure(
    string Summary,
    HttpStatusCode? StatusCode = null,
    TimeSpan? RetryAfter = null,
    GcasProblem? Problem = null,
    GoogleAuthFailure? Auth = null)
{
    public override string ToString() => Summary;
}
