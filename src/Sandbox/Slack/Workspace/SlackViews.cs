using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>Modals (a stack of up to three per user) and one App Home view per user.</summary>
public sealed class SlackViews
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimView> _views = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _stacks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _homes = new(StringComparer.Ordinal);
    private readonly SimIds _ids;

    internal SlackViews(SimIds ids) => _ids = ids;

    public SimView? Get(string viewId)
    {
        lock (_gate)
        {
            return _views.GetValueOrDefault(viewId);
        }
    }

    public SimView? Home(string userId)
    {
        lock (_gate)
        {
            return _homes.TryGetValue(userId, out var id) ? _views[id] : null;
        }
    }

    /// <summary>The user's open modals, bottom of the stack first.</summary>
    public IReadOnlyList<SimView> OpenModals(string userId)
    {
        lock (_gate)
        {
            return _stacks.TryGetValue(userId, out var stack) ? stack.Select(id => _views[id]).ToList() : [];
        }
    }

    internal SimView? FindByExternalId(string externalId)
    {
        lock (_gate)
        {
            return _views.Values.FirstOrDefault(v => v.ExternalId == externalId && v.Open);
        }
    }

    /// <summary>Opens a modal as a new stack (views.open) or on top of the current one (push).</summary>
    internal SimView OpenModal(string userId, JsonObject definition, bool push)
    {
        lock (_gate)
        {
            if (!_stacks.TryGetValue(userId, out var stack) || !push)
            {
                foreach (var old in stack ?? [])
                {
                    _views[old] = _views[old] with { Open = false };
                }

                stack = [];
                _stacks[userId] = stack;
            }

            var id = _ids.ViewId();
            var view = Create(id, userId, definition, stack.Count > 0 ? stack[0] : id, stack.Count > 0 ? stack[^1] : null);
            _views[id] = view;
            stack.Add(id);
            return view;
        }
    }

    internal SimView Replace(SimView current, JsonObject definition)
    {
        lock (_gate)
        {
            var view = Create(current.Id, current.UserId, definition, current.RootViewId, current.PreviousViewId) with { Open = current.Open };
            _views[current.Id] = view;
            return view;
        }
    }

    internal SimView Publish(string userId, JsonObject definition)
    {
        lock (_gate)
        {
            var id = _homes.TryGetValue(userId, out var existing) ? existing : _ids.ViewId();
            var view = Create(id, userId, definition, id, null);
            _views[id] = view;
            _homes[userId] = id;
            return view;
        }
    }

    internal void SetErrors(string viewId, IReadOnlyDictionary<string, string>? errors)
    {
        lock (_gate)
        {
            _views[viewId] = _views[viewId] with { Errors = errors };
        }
    }

    /// <summary>Closes one modal (the top of its stack) or, with <paramref name="all"/>, the whole stack.</summary>
    internal void Close(string viewId, bool all)
    {
        lock (_gate)
        {
            var view = _views[viewId];
            if (!_stacks.TryGetValue(view.UserId, out var stack))
            {
                return;
            }

            foreach (var id in all ? stack.ToList() : [viewId])
            {
                _views[id] = _views[id] with { Open = false };
                stack.Remove(id);
            }
        }
    }

    private SimView Create(string id, string userId, JsonObject definition, string rootId, string? previousId) => new(
        id,
        definition["type"]?.GetValue<string>() ?? "modal",
        userId,
        definition["callback_id"]?.GetValue<string>(),
        definition["external_id"]?.GetValue<string>(),
        definition["private_metadata"]?.GetValue<string>(),
        _ids.ViewHash(),
        definition.ToJsonString(),
        rootId,
        previousId,
        definition["notify_on_close"]?.GetValue<bool>() == true);
}
