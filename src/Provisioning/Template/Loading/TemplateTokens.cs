namespace ChatOps.Provisioning.Template.Loading;

/// <summary>
/// Finds the <c>{{...}}</c> tokens of a text. OCI's own variables (<c>${iam.principal.name}</c>) use another
/// syntax and pass through untouched.
/// </summary>
internal static class TemplateTokens
{
    public static (IReadOnlyList<TemplateToken> Tokens, IReadOnlyList<(int Offset, string Problem)> Malformed) Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TemplateToken>();
        var malformed = new List<(int, string)>();
        var index = 0;
        while ((index = text.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("}}", index + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                malformed.Add((index, "'{{' without a closing '}}'"));
                break;
            }

            var inner = text[(index + 2)..end].Trim();
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var name = (colon < 0 ? inner : inner[..colon]).Trim();
            var key = colon < 0 ? null : inner[(colon + 1)..].Trim();
            if (name.Length == 0 || key is { Length: 0 } || !IsIdentifier(name) || (key is not null && !IsIdentifier(key)))
            {
                malformed.Add((index, $"'{text[index..(end + 2)]}' is neither a placeholder like {{{{org_code}}}} nor a reference like {{{{group:iam_admins}}}}"));
            }
            else
            {
                tokens.Add(new TemplateToken(index, end + 2 - index, name, key));
            }

            index = end + 2;
        }

        return (tokens, malformed);
    }

    /// <summary>Replaces every well-formed token with what <paramref name="value"/> gives for it.</summary>
    public static string Replace(string text, Func<TemplateToken, string> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (tokens, _) = Scan(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var token in tokens)
        {
            builder.Append(text, position, token.Offset - position).Append(value(token));
            position = token.Offset + token.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
