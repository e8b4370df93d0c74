namespace ChatOps.Provisioning.Storage;

/// <summary>The data file could not be written (disk full, volume gone). Nothing was half-written: the transaction rolled back.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
