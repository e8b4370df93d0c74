using ChatOps.Provisioning.Template.Live;

namespace ChatOps.Provisioning.Template.Planning;

/// <summary>One line of a plan: a resource (or tenancy setting), what exists, and what apply would do.</summary>
public sealed record PlanEntry(string Kind, string Key, string Name, PlanAction Action, string? Ocid, IReadOnlyList<FieldDifference> Differences)
{
    public string Detail => Action switch
    {
        PlanAction.Create => string.Empty,
        PlanAction.Exists => Ocid ?? string.Empty,
        _ => string.Join("; ", Differences),
    };
}
