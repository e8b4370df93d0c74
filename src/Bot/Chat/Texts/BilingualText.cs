namespace ChatOps.Bot.Chat.Texts;

/// <summary>
/// The core writes its step notes in both languages as <c>日本語 / English</c>. This picks the half for the
/// configured language; text that does not have that shape is shown as it is.
/// </summary>
internal static class BilingualText
{
    private const string Separator = " / ";

    public static string Pick(string? text, string language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // The split is where Japanese ends: a Japanese left half and a right half without any Japanese.
        for (var at = text.IndexOf(Separator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Separator, at + 1, StringComparison.Ordinal))
        {
            var left = text[..at];
            var right = text[(at + Separator.Length)..];
            if (HasJapanese(left) && !HasJapanese(right))
            {
                return language == "en" ? right.Trim() : left.Trim();
            }
        }

        return text;
    }

    private static bool HasJapanese(string text) => text.Any(c =>
        c is >= '\u3040' and <= '\u30ff' // hiragana, katakana
        or >= '\u3400' and <= '\u9fff' // CJK ideographs
        or >= '\uff00' and <= '\uffef'); // full-width forms
}
