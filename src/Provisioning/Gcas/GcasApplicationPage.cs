namespace ChatOps.Provisioning.Gcas;

/// <summary>One page of listed applications; <see cref="NextCursor"/> null means nothing more right now.</summary>
public sealed record GcasApplicationPage(IReadOnlyList<GcasRawApplication> Items, string? NextCursor);
