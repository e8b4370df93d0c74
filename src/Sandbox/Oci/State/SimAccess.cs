namespace ChatOps.Sandbox.Oci.State;

/// <summary>
/// Whether principals of one tenancy may act in another: their own tenancy always; another one only when that
/// tenancy has a policy admitting theirs (Define + Admit) and their own tenancy has a policy endorsing the target
/// (Define + Endorse, or Endorse in any-tenancy). Call with <see cref="SimState.Gate"/> held.
/// </summary>
internal static class SimAccess
{
    public static bool Allows(SimState state, string callerTenancyId, string targetTenancyId, bool enforce)
    {
        if (!enforce || callerTenancyId == targetTenancyId)
        {
            return true;
        }

        // Only the two tenancies' own policies can matter; every call into another tenancy comes through here.
        var admitted = false;
        var endorsed = false;
        foreach (var policy in state.InTenancy(targetTenancyId).Concat(state.InTenancy(callerTenancyId)))
        {
            if (policy.Kind != SimKind.Policy || policy.Statements is not { } statements)
            {
                continue;
            }

            if (!admitted && policy.TenancyId == targetTenancyId && Mentions(statements, callerTenancyId))
            {
                admitted = SimPolicyGrammar.Admits(statements, [.. SimPolicyGrammar.AliasesOf(statements, callerTenancyId)]);
            }
            else if (!endorsed && policy.TenancyId == callerTenancyId && Mentions(statements, targetTenancyId))
            {
                endorsed = SimPolicyGrammar.Endorses(statements, [.. SimPolicyGrammar.AliasesOf(statements, targetTenancyId)]);
            }

            if (admitted && endorsed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A policy can let the other tenancy in or out only by defining it (its OCID) or by naming any-tenancy. This
    /// cheap test spares the grammar the parent's hundreds of policies about other children during a wave.
    /// </summary>
    private static bool Mentions(IReadOnlyList<string> statements, string otherTenancyId) =>
        statements.Any(s => s.Contains(otherTenancyId, StringComparison.Ordinal) || s.Contains("any-tenancy", StringComparison.OrdinalIgnoreCase));
}
