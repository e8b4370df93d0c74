namespace ChatOps.Provisioning.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed record StoreOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB data file; its <c>-log.db</c> lives beside it, so keep both on one volume.</summary>
    public string Path { get; init; } = "data/chatops.db";

    /// <summary>Open read-only, for tools that inspect a store another process may be writing.</summary>
    public bool ReadOnly { get; init; }
}
