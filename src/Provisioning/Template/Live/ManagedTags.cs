namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// Freeform tags the bot puts on what it creates: ownership (so it may update its own policies) and the target's
/// root compartment (so drift checks can find leftovers of this target among a shared tenancy's resources).
/// </summary>
internal static class ManagedTags
{
    public const string ManagedBy = "managed-by";
    public const string ManagedByValue = "chatops";
    public const string Target = "chatops-target";

    public static IReadOnlyDictionary<string, string> For(TemplateScope scope) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ManagedBy] = ManagedByValue,
        [Target] = scope.RootCompartmentId,
    };
}
