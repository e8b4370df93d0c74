namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>A readable stream that does not tell its length, so the client sends it chunked.</summary>
internal sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
{
    public override bool CanSeek => false;
}
