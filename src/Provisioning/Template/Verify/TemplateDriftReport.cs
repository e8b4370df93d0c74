namespace ChatOps.Provisioning.Template.Verify;

/// <summary>A live target checked against the template: how much was checked and every drift found.</summary>
public sealed record TemplateDriftReport(string Template, string TenancyId, string RootCompartmentId, int Checked, IReadOnlyList<DriftEntry> Entries)
{
    public bool HasDrift => Entries.Count > 0;
}
