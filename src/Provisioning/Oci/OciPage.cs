namespace ChatOps.Provisioning.Oci;

/// <summary>One page of a list call; <see cref="NextPage"/> is the <c>opc-next-page</c> token, null on the last page.</summary>
internal sealed record OciPage<T>(IReadOnlyList<T> Items, string? NextPage);
