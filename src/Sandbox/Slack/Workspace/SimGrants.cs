namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>
/// Short-lived capabilities handed out with user actions: trigger ids (one views.open within 3 s) and
/// response URLs (5 uses within 30 minutes).
/// </summary>
internal sealed class SimGrants(SlackSimulatorOptions options, SimIds ids)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimTrigger> _triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimResponseUrl> _responseUrls = new(StringComparer.Ordinal);

    public string IssueTrigger(string userId)
    {
        var trigger = new SimTrigger(ids.TriggerId(), userId, options.Time.GetUtcNow());
        lock (_gate)
        {
            _triggers[trigger.Id] = trigger;
        }

        return trigger.Id;
    }

    /// <summary>The user the trigger belongs to (the trigger is now used up), or Slack's error code.</summary>
    public (string? UserId, string? Error) ConsumeTrigger(string? triggerId)
    {
        lock (_gate)
        {
            if (triggerId is null || !_triggers.TryGetValue(triggerId, out var trigger))
            {
                return (null, "invalid_trigger_id");
            }

            if (trigger.Used)
            {
                return (null, "exchanged_trigger_id");
            }

            if (options.Time.GetUtcNow() - trigger.IssuedAt > options.TriggerLifetime)
            {
                return (null, "expired_trigger_id");
            }

            _triggers[triggerId] = trigger with { Used = true };
            return (trigger.UserId, null);
        }
    }

    public string IssueResponseUrl(string userId, string channel, string? messageTs)
    {
        var grant = new SimResponseUrl(ids.ResponseToken(), userId, channel, messageTs, options.Time.GetUtcNow());
        lock (_gate)
        {
            _responseUrls[grant.Id] = grant;
        }

        return grant.Id;
    }

    /// <summary>Counts one use; the error is <c>expired_url</c> or <c>used_url</c> as Slack answers.</summary>
    public (SimResponseUrl? Grant, string? Error) UseResponseUrl(string id)
    {
        lock (_gate)
        {
            if (!_responseUrls.TryGetValue(id, out var grant) || options.Time.GetUtcNow() - grant.IssuedAt > options.ResponseUrlLifetime)
            {
                return (null, "expired_url");
            }

            if (grant.Uses >= options.ResponseUrlUses)
            {
                return (null, "used_url");
            }

            grant = grant with { Uses = grant.Uses + 1 };
            _responseUrls[id] = grant;
            return (grant, null);
        }
    }
}
