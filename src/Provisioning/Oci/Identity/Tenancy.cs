namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A tenancy; <see cref="HomeRegionKey"/> is the region key (e.g. NRT), where IAM writes must go.</summary>
internal sealed record Tenancy(string Id, string? Name = null, string? Description = null, string? HomeRegionKey = null);
