using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>A step error as operators need it: service, code, HTTP status, message and the opc-request-id for Oracle support.</summary>
internal static class ErrorText
{
    public static string Render(StepError error, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(error);
        var head = (error.Service is null ? "" : SlackText.Escape(error.Service) + " ") + $"`{SlackText.Escape(error.Code)}`"
            + (error.HttpStatus is { } status ? $" (HTTP {status})" : "");
        var text = $"{head}: {SlackText.Escape(error.Message)}";
        return error.RequestId is { Length: > 0 } id ? text + " " + texts.Format("error.request_id", SlackText.Escape(id)) : text;
    }
}
