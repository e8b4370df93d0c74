using System.Text.Json.Nodes;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Commands;

/// <summary>
/// <c>help</c>, and the answer to any verb the bot does not know (it is registered for every other key too). An
/// unknown verb is audited like any other unknown key of the dispatcher, since this handler stands in for its refusal.
/// </summary>
internal sealed class HelpCommand(ChatTexts texts, IOptions<SlackOptions> options, SlackAuditWriter audit) : ISlashCommandHandler
{
    public const string Verb = SlashCommand.HelpVerb;

    // Slack's own limit for ids; a verb longer than this is junk and only its start is worth keeping.
    private const int MaxAuditedKey = 255;

    public async Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var unknown = command.Verb == Verb ? null : command.Verb;
        if (unknown is not null)
        {
            var key = $"{command.Command} {unknown}";
            await audit.WriteAsync(context.Actor, "slack.handler.unknown", new JsonObject
            {
                ["kind"] = "command",
                ["key"] = key.Length > MaxAuditedKey ? key[..MaxAuditedKey] : key,
            }, cancellationToken);
        }

        return Views.HelpView.Render(options.Value.Command, unknown, texts);
    }
}
