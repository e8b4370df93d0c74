namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// One field where the live resource differs from the template. <see cref="Enforced"/> fields decide access
/// (statements, matching rules, tag defaults); descriptions are reported but never fail an apply.
/// </summary>
public sealed record FieldDifference(string Field, string Expected, string Actual, bool Enforced)
{
    public override string ToString() => $"{Field}: expected {Expected}, found {Actual}";
}
