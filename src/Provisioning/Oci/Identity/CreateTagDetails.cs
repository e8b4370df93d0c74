namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of CreateTag (the namespace is in the path).</summary>
internal sealed record CreateTagDetails(string Name, string Description)
{
    public bool? IsCostTracking { get; init; }

    public TagValidator? Validator { get; init; }
}
