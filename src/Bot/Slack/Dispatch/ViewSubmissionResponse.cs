using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Blocks;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>What a modal does after a submission, sent synchronously in the ack (<c>response_action</c>).</summary>
internal sealed record ViewSubmissionResponse
{
    private ViewSubmissionResponse(string? action, IReadOnlyDictionary<string, string>? errors = null, ModalView? view = null)
    {
        Action = action;
        Errors = errors;
        View = view;
    }

    /// <summary>Accept and close this modal (an empty ack).</summary>
    public static ViewSubmissionResponse Close { get; } = new(action: null);

    /// <summary>Accept and close the whole stack of modals.</summary>
    public static ViewSubmissionResponse ClearAll { get; } = new(action: "clear");

    public string? Action { get; }

    public IReadOnlyDictionary<string, string>? Errors { get; }

    public ModalView? View { get; }

    public bool Accepted => Action != "errors";

    /// <summary>Refuse: the modal stays open with a message under each named input block.</summary>
    public static ViewSubmissionResponse WithErrors(IReadOnlyDictionary<string, string> errorsByBlockId)
    {
        ArgumentNullException.ThrowIfNull(errorsByBlockId);
        if (errorsByBlockId.Count == 0)
        {
            throw new ArgumentException("At least one error is needed.", nameof(errorsByBlockId));
        }

        return new("errors", errorsByBlockId.ToDictionary(e => e.Key, e => SlackText.Truncate(e.Value, BlockLimits.ViewErrorText), StringComparer.Ordinal));
    }

    public static ViewSubmissionResponse Update(ModalView view) => new("update", view: view);

    public static ViewSubmissionResponse Push(ModalView view) => new("push", view: view);

    public JsonObject? ToAckPayload()
    {
        if (Action is null)
        {
            return null;
        }

        var json = new JsonObject { ["response_action"] = Action };
        if (Errors is not null)
        {
            json["errors"] = new JsonObject(Errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value)));
        }

        if (View is not null)
        {
            json["view"] = JsonSerializer.SerializeToNode<SlackView>(View, SlackJson.Options);
        }

        return json;
    }
}
