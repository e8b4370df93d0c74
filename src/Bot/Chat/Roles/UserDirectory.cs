using System.Collections.Concurrent;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Audit;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Chat.Roles;

/// <summary>
/// Display names for the audit trail and the threads, from users.info and cached. The id is what counts; when
/// Slack cannot tell the name, the id stands in for it.
/// </summary>
internal sealed class UserDirectory(SlackApiClient api, TimeProvider time, ChatTuning tuning, ILogger<UserDirectory> logger)
{
    private const int MaxNameLength = 80;
    private readonly ConcurrentDictionary<string, (string Name, DateTimeOffset Until)> _names = new(StringComparer.Ordinal);

    public async Task<Actor> ActorAsync(string userId, CancellationToken cancellationToken) =>
        Actor.Human(userId, await DisplayNameAsync(userId, cancellationToken));

    public async Task<string> DisplayNameAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_names.TryGetValue(userId, out var cached) && cached.Until > now)
        {
            return cached.Name;
        }

        var user = await api.GetUserAsync(userId, cancellationToken);
        if (!user.IsOk)
        {
            logger.LogWarning("No display name for {User}: {Error}", userId, user.Error.Code);
            return cached.Name ?? userId;
        }

        var name = user.Value.DisplayName.Trim();
        name = name.Length == 0 ? userId : name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        _names[userId] = (name, now + tuning.UserCacheLifetime);
        return name;
    }
}
