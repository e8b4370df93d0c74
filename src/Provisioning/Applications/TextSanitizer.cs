using System.Globalization;
using System.Text;

namespace ChatOps.Provisioning.Applications;

/// <summary>
/// Makes applicant text safe before it is stored or shown: control and format characters (including bidi
/// overrides and zero-width characters) are removed, whitespace runs collapse to one space, and Slack's
/// mrkdwn control characters are neutralised so that <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c> or a forged
/// <c>&lt;http…|…&gt;</c> link can never reach a message, whatever renders it.
/// </summary>
public static class TextSanitizer
{
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Neutralise(rune));
        }

        return builder.ToString();
    }

    /// <summary>True when the text holds a character that would start or end a Slack control sequence.</summary>
    public static bool HasMarkupCharacters(string text) => text.AsSpan().IndexOfAny('<', '>') >= 0;

    // Full-width forms read naturally in Japanese text and mean nothing to Slack's parser.
    private static string Neutralise(Rune rune) => rune.Value switch
    {
        '<' => "＜",
        '>' => "＞",
        _ => rune.ToString(),
    };
}
