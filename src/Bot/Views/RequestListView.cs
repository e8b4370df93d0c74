using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>A short list of requests (the <c>list</c> answer, or several matches of a 団体コード).</summary>
internal static class RequestListView
{
    public static SlackReply Render(string heading, IReadOnlyList<ProvisioningRequest> requests, int limit, ChatTexts texts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(texts);
        if (requests.Count == 0)
        {
            return SlackReply.Ephemeral($"{heading}\n{texts.Get("list.empty")}");
        }

        var lines = requests.Take(limit).Select(r => texts.Format("list.line", RequestText.Title(r), texts.State(r.State), texts.Duration((r.FinishedAt ?? now) - r.CreatedAt)));
        var text = $"{heading}\n{string.Join("\n", lines)}";
        if (requests.Count > limit)
        {
            text += "\n" + texts.Format("list.more", requests.Count - limit);
        }

        return SlackReply.Ephemeral(text, [SectionBlock.Markdown(text)]);
    }
}
