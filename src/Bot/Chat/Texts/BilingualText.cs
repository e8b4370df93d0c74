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

        // The split lies where the Japanese half ends: Japanese on the left, none on the right. A quoted error
        // may hold the separator too, but it is quoted in both halves, so the balanced split is the right one.
        var candidates = new List<int>();
        for (var at = text.IndexOf(Separator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Separator, at + 1, StringComparison.Ordinal))
        {
            if (HasJapanese(text[..at]) && !HasJapanese(text[(at + Separator.Length)..]))
            {
                candidates.Add(at);
            }
        }

        if (candidates.Count == 0)
        {
            return text;
        }

        var split = candidates.FirstOrDefault(at => Count(text[..at]) == Count(text[(at + Separator.Length)..]), candidates[0]);
        return language == "en" ? text[(split + Separator.Length)..].Trim() : text[..split].Trim();
    }

    private static int Count(string text)
    {
        var count = 0;
        for (var at = text.IndexOf(Separator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Separator, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool HasJapanese(string text) => text.Any(c =>
        c is >= '\u3040' and <= '\u30ff' // hiragana, katakana
        or >= '\u3400' and <= '\u9fff' // CJK ideographs
        or >= '\uff00' and <= '\uffef'); // full-width forms
}
