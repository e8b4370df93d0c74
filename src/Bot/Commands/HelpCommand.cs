using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Commands;

/// <summary><c>help</c>, and the answer to any verb the bot does not know (it is registered for every other key too).</summary>
internal sealed class HelpCommand(ChatTexts texts, IOptions<SlackOptions> options) : ISlashCommandHandler
{
    public const string Verb = SlashCommand.HelpVerb;

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var unknown = command.Verb == Verb ? null : command.Verb;
        return Task.FromResult<SlackReply?>(Views.HelpView.Render(options.Value.Command, unknown, texts));
    }
}
