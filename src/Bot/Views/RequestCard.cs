using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>
/// The parent message of a request's thread: what was applied for, where it stands, and the buttons that apply
/// now. A pure function of the stored request, the language and the time, so a re-render is always right.
/// </summary>
internal static class RequestCard
{
    public static SlackMessage Render(ProvisioningRequest request, ChatTexts texts, DateTimeOffset now, bool withButtons = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(texts);
        var blocks = new List<Block>
        {
            new HeaderBlock(texts.Format("card.header", request.Id, texts.State(request.State))),
            new SectionBlock(null, Fields(request, texts, now)),
            SectionBlock.Markdown(StepChecklist.Render(request, texts)),
        };
        if (Problem(request, texts) is { } problem)
        {
            blocks.Add(SectionBlock.Markdown(problem));
        }

        if (Decisions(request, texts) is { Length: > 0 } decisions)
        {
            blocks.Add(new ContextBlock([TextObject.Markdown(decisions)]));
        }

        var buttons = withButtons ? CardButtons.For(request, texts) : [];
        if (buttons.Count > 0)
        {
            blocks.Add(new ActionsBlock(buttons, "request-actions"));
        }

        blocks.Add(new ContextBlock([TextObject.Markdown(texts.Format("card.footer", Escape(request.GcasApplicationId), texts.Time(request.UpdatedAt)))]));
        var fallback = texts.Format("card.fallback", request.Id, RequestText.Organisation(request), RequestText.System(request), texts.State(request.State));
        return new SlackMessage(fallback, blocks);
    }

    private static List<TextObject> Fields(ProvisioningRequest request, ChatTexts texts, DateTimeOffset now)
    {
        var state = texts.State(request.State)
            + (request is { State: RequestState.Failed, FailedStep: { } step } ? $" ({texts.Step(step)})" : "");
        return
        [
            Field(texts.Get("card.organisation"), RequestText.Organisation(request)),
            Field(texts.Get("card.lg_code"), RequestText.LgCode(request)),
            Field(texts.Get("card.system"), RequestText.System(request)),
            Field(texts.Get("card.usage_mode"), RequestText.UsageMode(request, texts)),
            Field(texts.Get("card.environments"), RequestText.Environments(request, texts)),
            Field(texts.Get("card.regions"), RequestText.Regions(request)),
            Field(texts.Get("card.admin_email"), RequestText.AdminEmails(request)),
            Field(texts.Get("card.state"), state),
            Field(texts.Get("card.elapsed"), texts.Duration((request.FinishedAt ?? now) - request.CreatedAt)),
        ];
    }

    private static string? Problem(ProvisioningRequest request, ChatTexts texts)
    {
        if (request.LastError is not { } error)
        {
            return request.Problems.Count > 0
                ? texts.Get("card.problems") + "\n" + string.Join("\n", request.Problems.Select(p => $"• `{Escape(p.Field)}` {Escape(p.Message(texts.Language))}"))
                : null;
        }

        return request.State == RequestState.Failed || request.DueAt is not { } due
            ? texts.Format("card.error", ErrorText.Render(error, texts))
            : texts.Format("card.retrying", request.Attempt, ErrorText.Render(error, texts), texts.Time(due));
    }

    private static string Decisions(ProvisioningRequest request, ChatTexts texts)
    {
        var lines = new List<string>();
        Add(lines, texts, "card.approved_by", request.Approval);
        Add(lines, texts, "card.rejected_by", request.Rejection);
        Add(lines, texts, "card.credentials_by", request.CredentialsConfirmation);
        Add(lines, texts, "card.cancelled_by", request.Cancellation);
        return string.Join("\n", lines);
    }

    private static void Add(List<string> lines, ChatTexts texts, string key, Decision? decision)
    {
        if (decision is not null)
        {
            lines.Add(texts.Format(key, Escape(decision.Actor.DisplayName), texts.Time(decision.At)));
        }
    }

    private static TextObject Field(string label, string value) => TextObject.Markdown($"*{label}*\n{value}");

    private static string Escape(string? text) => SlackText.Escape(text);
}
