namespace ChatOps.Provisioning.Template.Planning;

/// <summary>What applying the template would do to one resource or setting.</summary>
public enum PlanAction
{
    /// <summary>It exists as the template says.</summary>
    Exists,

    /// <summary>It does not exist and will be created.</summary>
    Create,

    /// <summary>It exists but differs, and apply will change it (a policy the bot owns, a tenancy setting).</summary>
    Update,

    /// <summary>It exists but differs, and apply will not change it: it fails on access-relevant fields and leaves descriptions.</summary>
    Drift,
}
