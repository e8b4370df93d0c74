using ChatOps.Provisioning.Applications;

namespace ChatOps.Provisioning.Template.Targets;

/// <summary>
/// Where to plan, apply or verify the template. Single use: the tenancy is the root compartment. Shared use:
/// <see cref="CompartmentId"/> is the organisation's compartment in the tenancy. A null <see cref="HomeRegion"/>
/// is read from the tenancy. <see cref="Values"/> fill placeholders; the tenancy's OCID, name and home region
/// and the root compartment are filled in from the target unless given.
/// </summary>
public sealed record TemplateTarget(string TenancyId)
{
    public string? CompartmentId { get; init; }

    public string? HomeRegion { get; init; }

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The environment key when the target comes from a request (for progress records and messages).</summary>
    public string? EnvironmentKey { get; init; }

    public UsageMode UsageMode => CompartmentId is null ? UsageMode.Single : UsageMode.Shared;

    public string RootCompartmentId => CompartmentId ?? TenancyId;
}
