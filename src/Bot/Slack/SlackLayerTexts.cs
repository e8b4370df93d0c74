namespace ChatOps.Bot.Slack;

/// <summary>The few texts the platform layer itself shows; the ChatOps experience brings its own.</summary>
internal sealed record SlackLayerTexts(string UnknownAction, string HandlerFailed, string Busy)
{
    public static SlackLayerTexts Japanese { get; } = new(
        "この操作は認識できませんでした。`help` で使い方を確認してください。",
        "申し訳ありません。処理中にエラーが発生しました。運用担当に連絡済みです。時間をおいて再度お試しください。",
        "現在混み合っています。少し待ってから再度お試しください。");

    public static SlackLayerTexts English { get; } = new(
        "That action is not recognised. Try `help` to see what is available.",
        "Sorry, something went wrong while handling that. The operators have been notified; please try again later.",
        "The bot is busy right now. Please try again in a moment.");

    public static SlackLayerTexts For(string language) => language == "en" ? English : Japanese;
}
