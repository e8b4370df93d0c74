namespace ChatOps.Provisioning.Audit;

/// <summary>Who did something: a person, the bot itself, or an external system calling us.</summary>
public enum ActorKind
{
    Human,
    System,
    External,
}
