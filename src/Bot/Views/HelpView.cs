using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;

namespace ChatOps.Bot.Views;

/// <summary>How to use the slash command; an unknown verb gets this too, with a word about what was not understood.</summary>
internal static class HelpView
{
    private static readonly string[] Verbs = ["status", "list", "retry", "cancel", "audit", "stats", "verify", "help"];

    public static SlackReply Render(string command, string? unknownVerb, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var lines = Verbs.Select(verb => texts.Format("help." + verb, command));
        var text = texts.Format("help.heading", command) + "\n" + string.Join("\n", lines);
        if (unknownVerb is not null)
        {
            text = texts.Format("help.unknown", SlackText.Escape(unknownVerb)) + "\n" + text;
        }

        return SlackReply.Ephemeral(text, [SectionBlock.Markdown(text)]);
    }
}
