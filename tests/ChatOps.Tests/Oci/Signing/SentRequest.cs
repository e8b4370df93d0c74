namespace ChatOps.Tests.Oci.Signing;

/// <summary>The headers of a request as a handler at the end of the pipeline saw them (content headers included).</summary>
internal sealed record SentRequest(IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
