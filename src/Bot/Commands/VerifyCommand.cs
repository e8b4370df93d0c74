using ChatOps.Bot.Chat.Drift;
using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Requests;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Commands;

/// <summary>
/// <c>verify &lt;id&gt;</c>: does the request's environment still match the mandatory template? Needs an
/// <see cref="IRequestDriftCheck"/>; without one the bot says verification is not available here.
/// </summary>
internal sealed class VerifyCommand(RequestLookup lookup, IServiceProvider services, ChatTexts texts) : ISlashCommandHandler
{
    public const string Verb = "verify";
    private const int MaxDifferences = 20;

    public async Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (services.GetService<IRequestDriftCheck>() is not { } drift)
        {
            return SlackReply.Ephemeral(texts.Get("verify.unavailable"));
        }

        if (lookup.FindOne(command.Arguments) is not { } request)
        {
            return SlackReply.Ephemeral(command.Arguments.Length == 0 ? texts.Get("verify.usage") : CommandReplies.NotFound(command.Arguments, texts));
        }

        if (request.State is not (RequestState.Completed or RequestState.ReportingToGcas))
        {
            return SlackReply.Ephemeral(texts.Format("verify.not_applied", request.Id, texts.State(request.State)));
        }

        var report = await drift.CheckAsync(request, cancellationToken);
        if (report.Differences.Count == 0)
        {
            return SlackReply.Ephemeral(texts.Format("verify.clean", request.Id, SlackText.Escape(report.TemplateVersion)));
        }

        var lines = report.Differences.Take(MaxDifferences).Select(d => texts.Format("verify.item",
            SlackText.Escape(d.Environment), SlackText.Escape(d.Resource), SlackText.Escape(d.Expected), SlackText.Escape(d.Actual)));
        var text = texts.Format("verify.drift", request.Id, report.Differences.Count, SlackText.Escape(report.TemplateVersion)) + "\n" + string.Join("\n", lines);
        return SlackReply.Ephemeral(text, [SectionBlock.Markdown(text)]);
    }
}
