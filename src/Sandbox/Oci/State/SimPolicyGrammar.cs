using System.Text.RegularExpressions;

namespace ChatOps.Sandbox.Oci.State;

/// <summary>
/// The part of OCI's policy language that cross-tenancy access needs (Identity docs, "Cross-Tenancy Access
/// Policies", https://docs.oracle.com/en-us/iaas/Content/Identity/policieshow/iam-cross-domain.htm): <c>Define tenancy &lt;alias&gt; as &lt;ocid&gt;</c> names the other tenancy inside one policy,
/// <c>Endorse &lt;subject&gt; to &lt;verb&gt; &lt;resources&gt; in tenancy &lt;alias&gt;</c> (or <c>in any-tenancy</c>) lets the
/// policy's own principals out, and <c>Admit &lt;subject&gt; of tenancy &lt;alias&gt; to ...</c> (or <c>of any-tenancy</c>)
/// lets the other tenancy's principals in. Keywords and aliases are case-insensitive. <c>where</c> conditions are
/// not evaluated: the simulator models who may cross, not which of the crossing requests a condition narrows.
/// </summary>
internal static partial class SimPolicyGrammar
{
    public static readonly string[] StartWords = ["allow", "define", "endorse", "admit"];

    /// <summary>Aliases a policy's Define statements give to <paramref name="tenancyId"/>.</summary>
    public static IEnumerable<string> AliasesOf(IReadOnlyList<string> statements, string tenancyId) =>
        statements.Select(s => Define().Match(s))
            .Where(m => m.Success && m.Groups["ocid"].Value == tenancyId)
            .Select(m => m.Groups["alias"].Value);

    /// <summary>Whether an Admit statement of the policy names one of <paramref name="aliases"/> (or any tenancy).</summary>
    public static bool Admits(IReadOnlyList<string> statements, IReadOnlyCollection<string> aliases) =>
        statements.Select(s => Admit().Match(s)).Any(m => m.Success && Names(m, aliases));

    /// <summary>Whether an Endorse statement of the policy names one of <paramref name="aliases"/> (or any tenancy).</summary>
    public static bool Endorses(IReadOnlyList<string> statements, IReadOnlyCollection<string> aliases) =>
        statements.Select(s => Endorse().Match(s)).Any(m => m.Success && Names(m, aliases));

    public static bool StartsWellFormed(string statement)
    {
        var first = statement.TrimStart().Split(' ', 2)[0];
        return StartWords.Contains(first, StringComparer.OrdinalIgnoreCase);
    }

    private static bool Names(Match match, IReadOnlyCollection<string> aliases) =>
        match.Groups["any"].Success || aliases.Contains(match.Groups["alias"].Value, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*define\s+tenancy\s+(?<alias>\S+)\s+as\s+(?<ocid>ocid1\.tenancy\.\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Define();

    [GeneratedRegex(@"^\s*admit\s+.+?\s+of\s+(?:(?<any>any-tenancy)|tenancy\s+(?<alias>\S+))\s+to\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Admit();

    [GeneratedRegex(@"^\s*endorse\s+.+?\s+in\s+(?:(?<any>any-tenancy)|tenancy\s+(?<alias>[^\s{}]+))(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Endorse();
}
