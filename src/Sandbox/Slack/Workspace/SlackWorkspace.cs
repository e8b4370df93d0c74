using ChatOps.Sandbox.Slack.Directory;

namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>
/// The simulated workspace: its directory (users, groups, channels, plus a DM per user) and every message and
/// ephemeral message in it. Reads return snapshots; writes happen through the Web API and the simulated users.
/// </summary>
public sealed class SlackWorkspace
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimUser> _users;
    private readonly Dictionary<string, SimUserGroup> _groups;
    private readonly Dictionary<string, SimChannel> _channels;
    private readonly Dictionary<string, List<SimMessage>> _messages = new(StringComparer.Ordinal);
    private readonly List<SimEphemeral> _ephemerals = [];

    internal SlackWorkspace(SlackSimulatorOptions options)
    {
        Options = options;
        _users = options.Users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _groups = options.UserGroups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _channels = options.Channels.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public SlackSimulatorOptions Options { get; }

    public IReadOnlyCollection<SimUser> Users => _users.Values;

    public IReadOnlyCollection<SimChannel> Channels => _channels.Values;

    public SimUser? User(string? id) => id is not null && _users.TryGetValue(id, out var user) ? user : null;

    public SimUserGroup? UserGroup(string? id) => id is not null && _groups.TryGetValue(id, out var group) ? group : null;

    /// <summary>A channel by id; <c>D…</c> ids are the bot's direct-message channel with one user.</summary>
    public SimChannel? Channel(string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (_channels.TryGetValue(id, out var channel))
        {
            return channel;
        }

        return id.StartsWith('D') && User("U" + id[1..]) is { } user ? new SimChannel(id, user.Name, IsPrivate: true, Members: [user.Id]) : null;
    }

    public static string DirectMessageChannel(string userId) => "D" + userId[1..];

    public IReadOnlyList<SimMessage> Messages(string channelId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue(channelId, out var list) ? list.Where(m => !m.Deleted).ToList() : [];
        }
    }

    public SimMessage? Message(string channelId, string ts)
    {
        lock (_gate)
        {
            return Find(channelId, ts) is { Deleted: false } message ? message : null;
        }
    }

    public IReadOnlyList<SimMessage> Replies(string channelId, string threadTs) =>
        Messages(channelId).Where(m => m.ThreadTs == threadTs && m.Ts != threadTs).ToList();

    public IReadOnlyList<SimEphemeral> Ephemerals(string? userId = null)
    {
        lock (_gate)
        {
            return _ephemerals.Where(e => userId is null || e.UserId == userId).ToList();
        }
    }

    internal SimMessage Post(SimMessage message)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(message.Channel, out var list))
            {
                list = [];
                _messages[message.Channel] = list;
            }

            list.Add(message);
            if (message.ThreadTs is { } parentTs && parentTs != message.Ts && Find(message.Channel, parentTs) is { } parent)
            {
                list[list.IndexOf(parent)] = parent with { ReplyCount = parent.ReplyCount + 1 };
            }

            return message;
        }
    }

    /// <summary>Replaces a message's content, keeping the old one; <paramref name="blocksJson"/> null keeps the blocks.</summary>
    internal SimMessage? Edit(string channelId, string ts, string text, string? blocksJson, bool replaceBlocks, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (Find(channelId, ts) is not { Deleted: false } message)
            {
                return null;
            }

            var edited = message with
            {
                Text = text,
                BlocksJson = replaceBlocks ? blocksJson : message.BlocksJson,
                Edits = [.. message.Edits, new SimMessageVersion(message.Text, message.BlocksJson, at)],
            };
            var list = _messages[channelId];
            list[list.IndexOf(message)] = edited;
            return edited;
        }
    }

    internal bool Delete(string channelId, string ts)
    {
        lock (_gate)
        {
            if (Find(channelId, ts) is not { Deleted: false } message)
            {
                return false;
            }

            var list = _messages[channelId];
            list[list.IndexOf(message)] = message with { Deleted = true };
            return true;
        }
    }

    internal void AddEphemeral(SimEphemeral ephemeral)
    {
        lock (_gate)
        {
            _ephemerals.Add(ephemeral);
        }
    }

    private SimMessage? Find(string channelId, string ts) =>
        _messages.TryGetValue(channelId, out var list) ? list.FirstOrDefault(m => m.Ts == ts) : null;
}
