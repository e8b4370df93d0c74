using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Operations.Doctor;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Doctor;

/// <summary>
/// The bot token is valid (auth.test) and the bot can see its channels (conversations.info, which also proves the
/// read scopes); a missing scope is named by Slack's own <c>needed</c> field.
/// </summary>
internal sealed class SlackDoctorCheck(SlackApiClient slack, IOptions<SlackOptions> options) : IDoctorCheck
{
    public string Name => "slack";

    public async Task<DoctorFinding> RunAsync(CancellationToken cancellationToken)
    {
        var identity = await slack.AuthTestAsync(cancellationToken);
        if (identity.Error is { } authError)
        {
            return DoctorFinding.Failed(Name, $"auth.test: {authError.Code}",
                "Set Slack__BotToken to the app's Bot User OAuth Token (xoxb-…); reinstall the app if it was revoked.");
        }

        var settings = options.Value;
        var problems = new List<string>();
        foreach (var (key, channel) in new[] { ("Slack:ChannelId", settings.ChannelId), ("Slack:OpsChannelId", settings.OpsChannelId), ("Slack:AuditChannelId", settings.AuditChannelId) })
        {
            if (string.IsNullOrEmpty(channel))
            {
                continue;
            }

            var info = await slack.GetConversationAsync(channel, cancellationToken);
            if (info.Error is { } error)
            {
                problems.Add($"{key} {channel}: {error.Code}{(error.Needed is null ? string.Empty : $" (needs scope {error.Needed})")}");
            }
            else if (!info.Value!.IsMember)
            {
                problems.Add($"{key} {channel}: the bot is not a member (invite it with /invite)");
            }
        }

        return problems.Count == 0
            ? DoctorFinding.Ok(Name, $"authenticated as {identity.Value!.User} in {identity.Value.Team}; channels reachable")
            : DoctorFinding.Failed(Name, string.Join("; ", problems), "Invite the bot to each channel, and create the app from manifest.yml so it has every scope.");
    }
}
