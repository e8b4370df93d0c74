using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Checked at start so a wrong deployment fails at once with the key to fix. Messages name keys, never values:
/// a token pasted into the wrong key must not end up in a log.
/// </summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken is required and must be a bot token starting with 'xoxb-'.");
        }

        if (options.Mode == SlackMode.SocketMode && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken is required when Slack:Mode is SocketMode and must be an app-level token starting with 'xapp-' (scope connections:write).");
        }

        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required when Slack:Mode is Http.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        if (!options.Command.StartsWith('/') || options.Command.Length < 2 || options.Command.Contains(' ', StringComparison.Ordinal))
        {
            failures.Add("Slack:Command must be a slash command such as /provision.");
        }

        if (options.Language is not ("ja" or "en"))
        {
            failures.Add("Slack:Language must be 'ja' or 'en'.");
        }

        CheckChannel(options.ChannelId, "Slack:ChannelId", failures);
        CheckChannel(options.OpsChannelId, "Slack:OpsChannelId", failures);
        CheckChannel(options.AuditChannelId, "Slack:AuditChannelId", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Channels are optional for the platform layer; when given they must look like conversation ids, not names.
    private static void CheckChannel(string value, string key, List<string> failures)
    {
        if (value.Length > 0 && (value[0] is not ('C' or 'G' or 'D') || value.Any(c => !char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))))
        {
            failures.Add($"{key} must be a conversation id such as C0123ABCD (not a #name).");
        }
    }
}
