using System.Security.Cryptography;
using System.Text;
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
    // The inbox indexes keys and the store refuses index keys over 1023 bytes. Ids come from the payload, so a key
    // made of oversized ids is replaced by its kind and a SHA-256 of the whole: as unique, and always storable.
    public const int MaxKeyBytes = 512;

    public static string Envelope(string envelopeId) => Bounded("slack:envelope:", envelopeId);

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
        EventCallback e => Bounded("slack:event:", e.EventId),
        SlashCommand { TriggerId: { Length: > 0 } trigger } => Bounded("slack:command:", trigger),
        BlockActions { Actions.Count: > 0 } a =>
            Bounded("slack:click:", $"{a.User.Id}:{a.Actions[0].ActionTs}:{a.Actions[0].ActionId}:{a.Container.MessageTs ?? a.Container.ViewId}"),
        ViewClosed c => Bounded("slack:view-closed:", $"{c.View.Id}:{c.View.Hash}"),
        _ => null,
    };

    public static string Submission(ViewSubmission submission) =>
        Bounded("slack:view-submission:", $"{submission.User.Id}:{submission.View.Id}:{submission.View.Hash}");

    private static string Bounded(string kind, string value)
    {
        var key = kind + value;
        return Encoding.UTF8.GetByteCount(key) <= MaxKeyBytes
            ? key
            : kind + "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
