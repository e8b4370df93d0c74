namespace ChatOps.Provisioning.Template.Planning;

/// <summary>The template against a live target, entry by entry in apply order.</summary>
public sealed record TemplatePlan(string Template, string TenancyId, string RootCompartmentId, string HomeRegion, IReadOnlyList<PlanEntry> Entries)
{
    public int Count(PlanAction action) => Entries.Count(e => e.Action == action);

    public string Summary =>
        $"{Count(PlanAction.Create)} to create, {Count(PlanAction.Update)} to update, {Count(PlanAction.Drift)} drifted, {Count(PlanAction.Exists)} unchanged";
}
