namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>One generated request: why it is broken, where it goes, and the exact bytes that get signed and sent.</summary>
internal sealed record SlackFuzzCase(string Why, string Path, byte[] Body, string ContentType)
{
    public override string ToString() => $"{Path}: {Why} ({Body.Length} bytes)";
}
