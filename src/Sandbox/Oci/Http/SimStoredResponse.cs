namespace ChatOps.Sandbox.Oci.Http;

/// <summary>A successful answer kept for its <c>opc-retry-token</c>, replayed on a repeat.</summary>
internal sealed record SimStoredResponse(int Status, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset StoredAt);
