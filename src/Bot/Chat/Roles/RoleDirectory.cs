using System.Collections.Concurrent;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Workflow.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Roles;

/// <summary>
/// Which roles a Slack user holds: <c>Authorization:Approvers</c>/<c>Operators</c> name user ids (U…/W…) and
/// user groups (S…) whose members come from usergroups.users.list, cached. When Slack cannot list a group the
/// last known members still count; with none known the group grants nothing (refusing is the safe side).
/// </summary>
internal sealed class RoleDirectory(
    SlackApiClient api,
    IOptions<AuthorizationOptions> options,
    TimeProvider time,
    ChatTuning tuning,
    ILogger<RoleDirectory> logger)
{
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Members, DateTimeOffset Until)> _groups = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<Role>> RolesOfAsync(string userId, CancellationToken cancellationToken)
    {
        var held = new HashSet<Role>();
        if (await IsListedAsync(options.Value.Approvers, userId, cancellationToken))
        {
            held.Add(Role.Approver);
        }

        if (await IsListedAsync(options.Value.Operators, userId, cancellationToken))
        {
            held.Add(Role.Operator);
        }

        return held;
    }

    private async Task<bool> IsListedAsync(IReadOnlyList<string> entries, string userId, CancellationToken cancellationToken)
    {
        if (entries.Contains(userId, StringComparer.Ordinal))
        {
            return true;
        }

        foreach (var group in entries.Where(e => e.StartsWith('S')))
        {
            if ((await MembersAsync(group, cancellationToken)).Contains(userId))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<IReadOnlySet<string>> MembersAsync(string group, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var known = _groups.TryGetValue(group, out var cached);
        if (known && cached.Until > now)
        {
            return cached.Members;
        }

        var listed = await api.ListUserGroupMembersAsync(group, cancellationToken);
        if (!listed.IsOk)
        {
            logger.LogWarning("Could not list the members of user group {Group} ({Error}); {Fallback}",
                group, listed.Error.Code, known ? "using the last known members" : "it grants no role until Slack answers");
            return known ? cached.Members : new HashSet<string>();
        }

        var members = listed.Value.ToHashSet(StringComparer.Ordinal);
        _groups[group] = (members, now + tuning.GroupCacheLifetime);
        return members;
    }
}
