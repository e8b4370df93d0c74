namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>
/// Body of CreateTagDefault. <see cref="Value"/> may be a variable such as <c>${iam.principal.name}</c> or
/// <c>${oci.datetime}</c> (the landing zone's CreatedBy / CreatedOn defaults).
/// </summary>
internal sealed record CreateTagDefaultDetails(string CompartmentId, string TagDefinitionId, string Value)
{
    public bool? IsRequired { get; init; }
}
