namespace ChatOps.Provisioning.Audit;

/// <summary>The author of an action. For people <see cref="Id"/> is the Slack user id (U…), never a display name.</summary>
public sealed record Actor(ActorKind Kind, string Id, string DisplayName)
{
    public static Actor Bot { get; } = new(ActorKind.System, "chatops", "ChatOps bot");

    public static Actor Gcas { get; } = new(ActorKind.External, "gcas", "GCAS");

    public static Actor Human(string id, string displayName) => new(ActorKind.Human, id, displayName);

    public static Actor External(string id, string displayName) => new(ActorKind.External, id, displayName);
}
