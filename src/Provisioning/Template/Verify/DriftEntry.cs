using ChatOps.Provisioning.Template.Live;

namespace ChatOps.Provisioning.Template.Verify;

/// <summary>One difference between the template and a live target. <see cref="Key"/> is null for leftovers the template does not name.</summary>
public sealed record DriftEntry(DriftKind Kind, string ResourceKind, string? Key, string Name, string? Ocid, IReadOnlyList<FieldDifference> Differences)
{
    public override string ToString() => Kind switch
    {
        DriftKind.Missing => $"missing {ResourceKind} {Name} ({Key})",
        DriftKind.Different => $"different {ResourceKind} {Name} ({Key}): {string.Join("; ", Differences)}",
        _ => $"extra {ResourceKind} {Name} ({Ocid}): made by chatops for this target, not in the template",
    };
}
