using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>
/// Checks a name before its placeholders are known: the literal characters against OCI's rule, each placeholder
/// against what its values may hold, and the longest name it can become against OCI's length limit.
/// </summary>
internal static class NameChecks
{
    public static void Check(NodeReader reader, NameRule rule, TemplateText name)
    {
        var (tokens, _) = TemplateTokens.Scan(name.Value);
        var placeholders = tokens.Where(t => t.IsPlaceholder).Select(t => (Token: t, Info: TemplatePlaceholders.Find(t.Name))).ToList();
        if (name.Value.Trim().Length == 0)
        {
            reader.Problem(name.At, $"{rule.Label} must not be empty");
            return;
        }

        var position = 0;
        var literalLength = 0;
        foreach (var token in tokens.Append(new TemplateToken(name.Value.Length, 0, string.Empty, null)))
        {
            for (var i = position; i < token.Offset; i++)
            {
                literalLength++;
                if (!rule.Allows(name.Value[i]))
                {
                    reader.Problem(name.PositionOf(i), $"{rule.Label} '{name.Value}' holds '{name.Value[i]}'; OCI allows only {rule.AllowedText}");
                    break;
                }
            }

            position = token.Offset + token.Length;
        }

        foreach (var (token, info) in placeholders.Where(p => p.Info is not null))
        {
            if (!Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(info!.Allows).All(rule.Allows))
            {
                reader.Problem(name.PositionOf(token.Offset), $"{token.Text} can hold characters a {rule.Label} may not contain ({rule.AllowedText})");
            }
        }

        var longest = literalLength + placeholders.Sum(p => p.Info?.MaxLength ?? 0);
        if (longest > rule.MaxLength)
        {
            var detail = placeholders.Count == 0 ? string.Empty : " once its placeholders are filled in";
            reader.Problem(name.At, $"{rule.Label} '{name.Value}' can be {longest} characters long{detail}; OCI allows {rule.MaxLength}");
        }

        var literalStart = tokens.Count > 0 && tokens[0].Offset == 0 ? string.Empty : name.Value[..(tokens.Count > 0 ? tokens[0].Offset : name.Value.Length)];
        if (rule.ReservedPrefixes.FirstOrDefault(p => literalStart.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            reader.Problem(name.At, $"{rule.Label} '{name.Value}' starts with the reserved prefix '{reserved}'");
        }
    }

    /// <summary>A text whose longest filled-in form must stay within <paramref name="maxLength"/> (descriptions, tag values).</summary>
    public static void CheckLength(NodeReader reader, TemplateText text, int maxLength, string what)
    {
        var (tokens, _) = TemplateTokens.Scan(text.Value);
        var longest = text.Value.Length - tokens.Sum(t => t.Length) + tokens.Sum(t => TemplatePlaceholders.Find(t.Name)?.MaxLength ?? 0);
        if (longest > maxLength)
        {
            reader.Problem(text.At, $"{what} can be {longest} characters long; OCI allows {maxLength}");
        }
    }
}
