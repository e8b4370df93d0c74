namespace ChatOps.Provisioning.Template.Model;

/// <summary>
/// A placeholder the bot fills in. <see cref="MaxLength"/> and <see cref="Allows"/> describe every value it can
/// take, so a name built from it can be checked against OCI's rules before any value is known.
/// </summary>
internal sealed record TemplatePlaceholder(string Name, string Meaning, int MaxLength, Func<char, bool> Allows);
