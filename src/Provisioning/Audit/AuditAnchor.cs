namespace ChatOps.Provisioning.Audit;

/// <summary>
/// A head hash published outside the store (posted to the audit channel). A trail that no longer reaches
/// <paramref name="Sequence"/>, or holds another hash there, has been cut or rewritten.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    /// <summary>Parses <c>SEQUENCE:HASH</c>, the form the anchor message shows.</summary>
    public static AuditAnchor Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var sequence))
        {
            throw new FormatException($"An anchor looks like 1234:<sha256 hex>, not '{text}'.");
        }

        return new AuditAnchor(sequence, parts[1].Trim().ToLowerInvariant());
    }

    public override string ToString() => $"{Sequence}:{Hash}";
}
