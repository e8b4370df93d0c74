namespace ChatOps.Provisioning.Template.Verify;

public enum DriftKind
{
    /// <summary>The template has it; the target does not.</summary>
    Missing,

    /// <summary>Both have it, with different fields.</summary>
    Different,

    /// <summary>The bot made it for this target (freeform tags) but the template no longer has it.</summary>
    ExtraManaged,
}
