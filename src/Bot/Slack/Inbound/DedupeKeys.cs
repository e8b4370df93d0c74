using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// Inbox keys that make a redelivery have no second effect. Events carry a global <c>event_id</c>; a click is
/// identified by who clicked what and when (<c>action_ts</c>) on which message or view; a slash command by its
/// single-use <c>trigger_id</c>. View submissions are keyed after validation (see the dispatcher), because a
/// submission refused with errors may legitimately come again.
/// </summary>
internal static class DedupeKeys
{
    public static string Envelope(string envelopeId) => "slack:envelope:" + envelopeId;

    /// <summary>The keys of one delivery, envelope first: a redelivered envelope is recognised before its payload.</summary>
    public static IEnumerable<string> Of(SlackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Delivery.EnvelopeId is { Length: > 0 } envelope)
        {
            yield return Envelope(envelope);
        }

        if (For(request.Payload) is { } key)
        {
            yield return key;
        }
    }

    public static string? For(SlackPayload payload) => payload switch
    {
        EventCallback e => "slack:event:" + e.EventId,
        SlashCommand { TriggerId: { Length: > 0 } trigger } => "slack:command:" + trigger,
        BlockActions { Actions.Count: > 0 } a =>
            $"slack:click:{a.User.Id}:{a.Actions[0].ActionTs}:{a.Actions[0].ActionId}:{a.Container.MessageTs ?? a.Container.ViewId}",
        ViewClosed c => $"slack:view-closed:{c.View.Id}:{c.View.Hash}",
        _ => null,
    };

    public static string Submission(ViewSubmission submission) =>
        $"slack:view-submission:{submission.User.Id}:{submission.View.Id}:{submission.View.Hash}";
}
