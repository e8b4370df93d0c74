using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Views;

/// <summary>
/// A user's App Home: approvals when they are an approver, credential steps when they are an operator (with
/// buttons that work from here), the pipeline by state, and recent failures with links to their threads.
/// </summary>
internal static class AppHomeView
{
    public const int MaxItems = 10;
    public const int MaxFailures = 5;

    public static HomeView Render(HomeModel model, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var roles = model.Roles.Count == 0 ? texts.Get("home.no_role") : string.Join(", ", model.Roles.Order().Select(texts.Role));
        var blocks = new List<Block>
        {
            new HeaderBlock(texts.Get("home.title")),
            new ContextBlock([TextObject.Markdown(texts.Format("home.roles", roles))]),
            new HeaderBlock(texts.Get("home.waiting")),
        };
        if (model.Approvals.Count == 0 && model.Credentials.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown(texts.Get("home.nothing_waiting")));
        }

        foreach (var item in model.Approvals.Take(MaxItems))
        {
            blocks.Add(SectionBlock.Markdown(Line(item, texts.Format("home.approval", texts.Duration(model.Now - item.Request.StateEnteredAt)), texts)));
            blocks.Add(new ActionsBlock([CardButtons.Approve(item.Request, texts), CardButtons.Reject(item.Request, texts)], "approve:" + item.Request.Id));
        }

        foreach (var item in model.Credentials.Take(MaxItems))
        {
            blocks.Add(SectionBlock.Markdown(Line(item, texts.Format("home.credentials", texts.Duration(model.Now - item.Request.StateEnteredAt)), texts)));
            blocks.Add(new ActionsBlock([CardButtons.Credentials(item.Request, texts)], "credentials:" + item.Request.Id));
        }

        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(texts.Get("home.pipeline")));
        blocks.Add(SectionBlock.Markdown(Pipeline(model.Counts, texts)));
        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(texts.Get("home.failures")));
        if (model.Failures.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown(texts.Get("home.no_failures")));
        }

        foreach (var item in model.Failures.Take(MaxFailures))
        {
            var error = item.Request.LastError is { } e ? ErrorText.Render(e, texts) : RequestText.Missing;
            blocks.Add(SectionBlock.Markdown(Line(item, texts.Format("home.failure", texts.Step(item.Request.FailedStep ?? item.Request.State), error), texts)));
            if (model.Roles.Contains(Role.Operator))
            {
                blocks.Add(new ActionsBlock([CardButtons.Retry(item.Request, texts)], "retry:" + item.Request.Id));
            }
        }

        blocks.Add(new ContextBlock([TextObject.Markdown(texts.Format("home.updated", texts.Time(model.Now)))]));
        return new HomeView(blocks, callbackId: "chatops.home");
    }

    private static string Line(HomeItem item, string detail, ChatTexts texts)
    {
        var link = item is { ThreadChannel: { } channel, ThreadTs: { } ts } ? " · " + ThreadLink.Markdown(channel, ts, texts) : "";
        return $"{RequestText.Title(item.Request)}{link}\n{detail}";
    }

    private static string Pipeline(IReadOnlyDictionary<RequestState, int> counts, ChatTexts texts)
    {
        var lines = Enum.GetValues<RequestState>()
            .Where(state => counts.GetValueOrDefault(state) > 0)
            .Select(state => $"{texts.State(state)}: *{counts[state]}*")
            .ToList();
        return lines.Count == 0 ? texts.Get("home.pipeline_empty") : string.Join("\n", lines);
    }
}
