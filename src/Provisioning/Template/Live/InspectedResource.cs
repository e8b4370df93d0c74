using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// One template resource next to what OCI has. <see cref="Live"/> is null when it does not exist (or cannot yet:
/// <see cref="ContainerMissing"/> when what it lives in does not exist either).
/// </summary>
internal sealed record InspectedResource(DesiredResource Desired, LiveResource? Live, IReadOnlyList<FieldDifference> Differences, bool ContainerMissing);
