namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// One field where the live resource differs from the template. <see cref="Enforced"/> fields decide access
/// (statements, matching rules, tag defaults); descriptions are reported but never fail an apply. For statements,
/// <see cref="Expected"/> lists the missing ones and <see cref="Actual"/> the unexpected ones.
/// </summary>
public sealed record FieldDifference(string Field, string Expected, string Actual, bool Enforced)
{
    public const string Statements = "statements";

    public override string ToString() => Field == Statements
        ? $"{Field}: missing {Expected}; unexpected {Actual}"
        : $"{Field}: expected {Expected}, found {Actual}";
}
