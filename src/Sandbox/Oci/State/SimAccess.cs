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

        var admitted = PoliciesOf(state, targetTenancyId).Any(statements =>
        {
            var aliases = SimPolicyGrammar.AliasesOf(statements, callerTenancyId).ToList();
            return SimPolicyGrammar.Admits(statements, aliases);
        });
        return admitted && PoliciesOf(state, callerTenancyId).Any(statements =>
        {
            var aliases = SimPolicyGrammar.AliasesOf(statements, targetTenancyId).ToList();
            return SimPolicyGrammar.Endorses(statements, aliases);
        });
    }

    private static IEnumerable<IReadOnlyList<string>> PoliciesOf(SimState state, string tenancyId) =>
        state.OfKind(SimKind.Policy)
            .Where(p => p.TenancyId == tenancyId && p.Statements is not null)
            .Select(p => p.Statements!);
}
