using System.Globalization;
using System.Text;

namespace ChatOps.Bot.Slack.Blocks;

/// <summary>
/// Text safety for Slack: escaping of user-supplied text and limit-aware shortening that never cuts a
/// surrogate pair, a grapheme, an HTML entity (<c>&amp;amp;</c>) or a Slack token (<c>&lt;@U123&gt;</c>) in half.
/// </summary>
internal static class SlackText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Slack parses only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters; escaping them means user
    /// text can neither mention <c>@channel</c> (<c>&lt;!channel&gt;</c>) nor forge a link or a user mention.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A mention the app itself makes, e.g. of the approver; ids are checked so nothing else can be injected.</summary>
    public static string MentionUser(string userId)
    {
        if (userId.Length < 2 || userId[0] is not ('U' or 'W') || !userId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("Not a Slack user id.", nameof(userId));
        }

        return $"<@{userId}>";
    }

    /// <summary>Shortens to at most <paramref name="max"/> UTF-16 units, ending with an ellipsis when shortened.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return text.Length <= max ? text : Cut(text, max - Ellipsis.Length) + Ellipsis;
    }

    /// <summary>Shortens without a marker, for identifiers and values whose shape must stay plain.</summary>
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 0);
        return text.Length <= max ? text : Cut(text, max);
    }

    private static string Cut(string text, int budget)
    {
        // Walk whole text elements (grapheme clusters), so surrogate pairs, combining marks and emoji
        // sequences are kept or dropped as a unit.
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > budget)
            {
                break;
            }

            end = next;
        }

        return text[..BackOffOpenToken(text, end)];
    }

    // An '&' without its ';' or a '<' without its '>' before the cut would leave half an entity or token.
    private static int BackOffOpenToken(string text, int end)
    {
        var amp = text.LastIndexOf('&', Math.Max(end - 1, 0), Math.Min(end, 8));
        if (end > 0 && amp >= 0 && text.IndexOf(';', amp, end - amp) < 0)
        {
            end = amp;
        }

        // Only a '<' that starts a token (<@U…>, <#C…>, <!here>, <https://…|label>) counts; a stray one in plain text does not.
        var open = end > 0 ? text.LastIndexOf('<', end - 1) : -1;
        if (open >= 0 && open + 1 < text.Length && IsTokenStart(text[open + 1]) && text.IndexOf('>', open, end - open) < 0)
        {
            end = open;
        }

        return end;
    }

    private static bool IsTokenStart(char c) => c is '@' or '#' or '!' || char.IsAsciiLetter(c);
}
