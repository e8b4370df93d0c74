using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Commands;

/// <summary>
/// <c>list [active|waiting|failed|done]</c>: requests in progress (the default), waiting for a person, failed, or
/// ended; the most recent first.
/// </summary>
internal sealed class ListCommand(RequestStore requests, ChatTexts texts, ChatTuning tuning, TimeProvider time) : ISlashCommandHandler
{
    public const string Verb = "list";

    private static readonly Dictionary<string, RequestState[]> Filters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = [.. RequestStates.Active],
        ["waiting"] = [RequestState.AwaitingApproval, RequestState.AwaitingCredentials],
        ["failed"] = [RequestState.Failed],
        ["done"] = [.. RequestStates.Terminal],
    };

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var filter = command.Arguments.Length == 0 ? "active" : command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
        if (!Filters.TryGetValue(filter, out var states))
        {
            return Task.FromResult<SlackReply?>(SlackReply.Ephemeral(texts.Format("list.usage", SlackText.Escape(filter))));
        }

        var found = requests.InStates(states).OrderByDescending(r => r.Number).ToList();
        var heading = texts.Format("list.heading", texts.Get("list.filter." + filter), found.Count);
        return Task.FromResult<SlackReply?>(RequestListView.Render(heading, found, tuning.ListLimit, texts, time.GetUtcNow()));
    }
}
