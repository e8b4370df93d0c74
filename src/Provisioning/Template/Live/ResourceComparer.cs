using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>What differs between a desired resource and the live one with its name.</summary>
internal static class ResourceComparer
{
    public static IReadOnlyList<FieldDifference> Compare(DesiredResource desired, LiveResource live)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(live);
        var differences = new List<FieldDifference>();
        if (desired.Kind != TemplateKind.TagDefault && !Same(desired.Description, live.Description))
        {
            differences.Add(new(TemplateFields.Description, Quote(desired.Description), Quote(live.Description), Enforced: false));
        }

        switch (desired.Kind)
        {
            case TemplateKind.Policy:
                CompareStatements(desired.Statements, live.Statements ?? [], differences);
                break;
            case TemplateKind.DynamicGroup when !Same(desired.MatchingRule, live.MatchingRule):
                differences.Add(new(TemplateFields.MatchingRule, Quote(desired.MatchingRule), Quote(live.MatchingRule), Enforced: true));
                break;
            case TemplateKind.Tag when live.Flag is { } costTracking && costTracking != desired.Flag:
                differences.Add(new(TemplateFields.CostTracking, Flag(desired.Flag), Flag(costTracking), Enforced: true));
                break;
            case TemplateKind.TagDefault:
                if (!string.Equals(desired.Value, live.Value, StringComparison.Ordinal))
                {
                    differences.Add(new(TemplateFields.Value, Quote(desired.Value), Quote(live.Value), Enforced: true));
                }

                if ((live.Flag ?? false) != desired.Flag)
                {
                    differences.Add(new(TemplateFields.Required, Flag(desired.Flag), Flag(live.Flag ?? false), Enforced: true));
                }

                break;
        }

        return differences;
    }

    // Statement order carries no meaning in OCI; a statement is the same whatever surrounding whitespace.
    private static void CompareStatements(IReadOnlyList<string> desired, IReadOnlyList<string> live, List<FieldDifference> differences)
    {
        var missing = Except(desired, live);
        var unexpected = Except(live, desired);
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            differences.Add(new(
                FieldDifference.Statements,
                missing.Count == 0 ? "(nothing missing)" : string.Join(" | ", missing.Select(Quote)),
                unexpected.Count == 0 ? "(nothing extra)" : string.Join(" | ", unexpected.Select(Quote)),
                Enforced: true));
        }
    }

    private static List<string> Except(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var remaining = right.Select(s => s.Trim()).ToList();
        var result = new List<string>();
        foreach (var statement in left.Select(s => s.Trim()))
        {
            if (!remaining.Remove(statement))
            {
                result.Add(statement);
            }
        }

        return result;
    }

    private static bool Same(string? a, string? b) => string.Equals((a ?? string.Empty).Trim(), (b ?? string.Empty).Trim(), StringComparison.Ordinal);

    private static string Quote(string? text) => $"\"{text}\"";

    private static string Flag(bool value) => value ? "true" : "false";
}
