using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Blocks;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// The Web API methods the bot uses. Writes go as JSON, reads form-encoded (slack.md §4.1). Posting and updating
/// messages is paced per channel; for a message that changes rapidly use <see cref="MessageUpdateCoalescer"/>.
/// A singleton: it asks the factory for a fresh HttpClient per call instead of holding one.
/// </summary>
internal sealed class SlackApiClient(SlackApiTransport transport, ChannelPacer pacer, IOptions<SlackOptions> options)
{
    /// <summary>Every bot scope the code needs, and no more; manifest.yml must list exactly these.</summary>
    public static IReadOnlyList<string> RequiredBotScopes { get; } =
    [
        "commands",        // the slash command
        "chat:write",      // chat.postMessage, chat.update, chat.postEphemeral
        "users:read",      // users.info
        "usergroups:read", // usergroups.users.list (approver groups)
        "channels:read",   // conversations.info on public channels
        "groups:read",     // conversations.info on private channels
    ];

    private string BotToken => options.Value.BotToken;

    public async Task<SlackApiResult<AuthIdentity>> AuthTestAsync(CancellationToken cancellationToken) =>
        (await transport.PostJsonAsync("auth.test", [], BotToken, cancellationToken)).Map(root => Read<AuthIdentity>(root));

    public async Task<SlackApiResult<PostedMessage>> PostMessageAsync(string channel, SlackMessage message, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = MessageBody(message, blocksAlways: false);
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        await pacer.WaitTurnAsync(channel, cancellationToken);
        return (await transport.PostJsonAsync("chat.postMessage", body, BotToken, cancellationToken)).Map(root => Read<PostedMessage>(root));
    }

    public async Task<SlackApiResult<PostedMessage>> UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken = default)
    {
        await pacer.WaitTurnAsync(channel, cancellationToken);
        return await UpdateMessageUnpacedAsync(channel, ts, message, cancellationToken);
    }

    // For callers that already waited for the channel's turn (the coalescer).
    internal async Task<SlackApiResult<PostedMessage>> UpdateMessageUnpacedAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Without "blocks" chat.update keeps the old ones; an empty list removes them.
        var body = MessageBody(message, blocksAlways: true);
        body["channel"] = channel;
        body["ts"] = ts;
        return (await transport.PostJsonAsync("chat.update", body, BotToken, cancellationToken)).Map(root => Read<PostedMessage>(root));
    }

    /// <summary>Returns the ephemeral message's ts (<c>message_ts</c>).</summary>
    public async Task<SlackApiResult<string>> PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = MessageBody(message, blocksAlways: false);
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return (await transport.PostJsonAsync("chat.postEphemeral", body, BotToken, cancellationToken))
            .Map(root => root.GetProperty("message_ts").GetString() ?? "");
    }

    /// <summary>Call before any slow work: the trigger id is valid for 3 seconds and once.</summary>
    public Task<SlackApiResult<ViewInfo>> OpenViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken = default) =>
        ViewCallAsync("views.open", new() { ["trigger_id"] = triggerId, ["view"] = ViewJson(view) }, cancellationToken);

    public Task<SlackApiResult<ViewInfo>> UpdateViewAsync(string viewId, ModalView view, string? hash = null, CancellationToken cancellationToken = default) =>
        ViewCallAsync("views.update", WithHash(new() { ["view_id"] = viewId, ["view"] = ViewJson(view) }, hash), cancellationToken);

    public Task<SlackApiResult<ViewInfo>> PublishHomeAsync(string userId, HomeView view, string? hash = null, CancellationToken cancellationToken = default) =>
        ViewCallAsync("views.publish", WithHash(new() { ["user_id"] = userId, ["view"] = ViewJson(view) }, hash), cancellationToken);

    public async Task<SlackApiResult<SlackUser>> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        (await transport.PostFormAsync("users.info", Fields(("user", userId)), BotToken, cancellationToken))
            .Map(root => Read<SlackUser>(root.GetProperty("user")));

    public async Task<SlackApiResult<IReadOnlyList<string>>> ListUserGroupMembersAsync(string userGroupId, CancellationToken cancellationToken = default) =>
        (await transport.PostFormAsync("usergroups.users.list", Fields(("usergroup", userGroupId)), BotToken, cancellationToken))
            .Map(root => (IReadOnlyList<string>)root.GetProperty("users").EnumerateArray().Select(u => u.GetString() ?? "").ToList());

    public async Task<SlackApiResult<SlackConversation>> GetConversationAsync(string channelId, CancellationToken cancellationToken = default) =>
        (await transport.PostFormAsync("conversations.info", Fields(("channel", channelId)), BotToken, cancellationToken))
            .Map(root => Read<SlackConversation>(root.GetProperty("channel")));

    /// <summary>apps.connections.open with the app-level token: a fresh, single-use Socket Mode URL.</summary>
    public async Task<SlackApiResult<Uri>> OpenSocketConnectionAsync(CancellationToken cancellationToken = default) =>
        (await transport.PostFormAsync("apps.connections.open", Fields(), options.Value.AppToken, cancellationToken))
            .Map(root => new Uri(root.GetProperty("url").GetString() ?? "", UriKind.Absolute));

    /// <summary>Answers through a payload's response_url (5 uses within 30 minutes; no token needed).</summary>
    public async Task<SlackApiResult<bool>> RespondAsync(Uri responseUrl, SlackReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return (await transport.PostToResponseUrlAsync(responseUrl, reply.ToJson(), cancellationToken)).Map(_ => true);
    }

    private async Task<SlackApiResult<ViewInfo>> ViewCallAsync(string method, JsonObject body, CancellationToken cancellationToken) =>
        (await transport.PostJsonAsync(method, body, BotToken, cancellationToken)).Map(root => Read<ViewInfo>(root.GetProperty("view")));

    private static JsonObject MessageBody(SlackMessage message, bool blocksAlways)
    {
        var body = new JsonObject { ["text"] = message.Text };
        if (message.Blocks is not null || blocksAlways)
        {
            body["blocks"] = JsonSerializer.SerializeToNode(message.Blocks ?? [], SlackJson.Options);
        }

        return body;
    }

    private static JsonNode? ViewJson(SlackView view) => JsonSerializer.SerializeToNode(view, SlackJson.Options);

    private static JsonObject WithHash(JsonObject body, string? hash)
    {
        if (hash is not null)
        {
            body["hash"] = hash;
        }

        return body;
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private static T Read<T>(JsonElement element) =>
        element.Deserialize<T>(SlackJson.Options) ?? throw new JsonException($"Slack returned no {typeof(T).Name}.");
}
