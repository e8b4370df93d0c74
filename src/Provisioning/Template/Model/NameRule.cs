namespace ChatOps.Provisioning.Template.Model;

/// <summary>OCI's rule for the names of one resource kind: length, characters, and reserved prefixes.</summary>
internal sealed record NameRule(string Label, int MaxLength, string AllowedText, Func<char, bool> Allows)
{
    public IReadOnlyList<string> ReservedPrefixes { get; init; } = [];

    public static NameRule Iam(string label) =>
        new(label, 100, "letters, digits, '.', '-' and '_'", c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    public static NameRule Tagging(string label) =>
        new(label, 100, "letters, digits, '-' and '_' (no spaces or periods)", c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Why <paramref name="name"/> (a filled-in name, no placeholders left) breaks the rule; null when it does not.</summary>
    public string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return $"{Label} must not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"{Label} '{name}' is {name.Length} characters long; OCI allows {MaxLength}";
        }

        if (name.FirstOrDefault(c => !Allows(c)) is var bad and not '\0')
        {
            return $"{Label} '{name}' holds '{bad}'; OCI allows only {AllowedText}";
        }

        var reserved = ReservedPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return reserved is null ? null : $"{Label} '{name}' starts with the reserved prefix '{reserved}'";
    }
}
