using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Chat.Replies;

/// <summary>What the person who acted is told, privately, for each outcome of a command.</summary>
internal static class CommandReplies
{
    public static string Describe(CommandResult result, RequestAction action, ChatTexts texts) => result switch
    {
        CommandResult.Accepted accepted => texts.Format("reply.accepted." + action, accepted.Request.Id),
        CommandResult.Denied denied => Denied(denied.Authorization, texts),
        CommandResult.Refused refused => Refused(refused.Refusal, texts),
        CommandResult.NotFound missing => NotFound(missing.RequestId, texts),
        CommandResult.Invalid invalid => texts.Format("reply.invalid", invalid.Field),
        _ => throw new InvalidOperationException($"Unknown command result {result.GetType().Name}."),
    };

    /// <summary>Names the role that is missing, or the four-eyes rule.</summary>
    public static string Denied(AuthorizationResult authorization, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        if (authorization.Reason == DenialReason.FourEyes)
        {
            return texts.Get("reply.denied_four_eyes");
        }

        var roles = (authorization.Roles ?? []).Select(texts.Role);
        return texts.Format("reply.denied_role", string.Join(texts.Get("reply.or"), roles));
    }

    // The refusal names whoever decided first; a display name is outside text.
    public static string Refused(CommandRefusal refusal, ChatTexts texts) => SlackText.Escape(refusal.Describe(texts.Language, texts.Zone));

    public static string NotFound(string? query, ChatTexts texts) => texts.Format("reply.not_found", SlackText.Escape(query ?? ""));
}
