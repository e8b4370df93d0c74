using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Slack.Users;

/// <summary>Submitting and closing modals.</summary>
public sealed partial class SimulatedUser
{
    /// <summary>Fills the modal's inputs (unset ones keep their initial values) and presses submit.</summary>
    public async Task<ViewSubmissionOutcome> SubmitViewAsync(string viewId, ViewValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var view = OpenModal(viewId);
        var (state, missing) = InputState(view.Definition(), values);
        if (missing.Count > 0)
        {
            return new ViewSubmissionOutcome("required", missing, null);
        }

        var payload = _payloads.ViewSubmission(User, view, state, _core.Grants.IssueTrigger(User.Id));
        var answer = await _delivery.InteractionAsync(payload, true, cancellationToken);
        if (!answer.Acknowledged)
        {
            return new ViewSubmissionOutcome("timeout", null, answer);
        }

        var action = answer.Payload?["response_action"]?.GetValue<string>();
        switch (action)
        {
            case "errors":
                var errors = answer.Payload!["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value?.GetValue<string>() ?? "", StringComparer.Ordinal);
                _core.Views.SetErrors(view.Id, errors);
                return new ViewSubmissionOutcome("errors", errors, answer);
            case "update" when answer.Payload!["view"] is JsonObject next:
                var updated = _core.Views.Replace(view, next);
                _core.Record(SlackActivityKind.ViewUpdated, "ack", userId: User.Id, viewId: updated.Id, text: updated.Title);
                return new ViewSubmissionOutcome("update", null, answer);
            case "push" when answer.Payload!["view"] is JsonObject pushed:
                var top = _core.Views.OpenModal(User.Id, pushed, push: true);
                _core.Record(SlackActivityKind.ViewPushed, "ack", userId: User.Id, viewId: top.Id, text: top.Title);
                return new ViewSubmissionOutcome("push", null, answer);
            default:
                var all = action == "clear";
                _core.Views.Close(view.Id, all);
                _core.Record(SlackActivityKind.ViewClosed, "ack", userId: User.Id, viewId: view.Id);
                return new ViewSubmissionOutcome(all ? "clear" : "closed", null, answer);
        }
    }

    /// <summary>Presses the modal's close button; the bot hears of it only when the view asked (<c>notify_on_close</c>).</summary>
    public async Task<bool> CloseViewAsync(string viewId, CancellationToken cancellationToken = default)
    {
        var view = OpenModal(viewId);
        var cleared = view.Definition()["clear_on_close"]?.GetValue<bool>() == true;
        _core.Views.Close(view.Id, cleared);
        _core.Record(SlackActivityKind.ViewClosed, "user", userId: User.Id, viewId: view.Id);
        if (!view.NotifyOnClose)
        {
            return false;
        }

        var answer = await _delivery.InteractionAsync(_payloads.ViewClosed(User, view, cleared), false, cancellationToken);
        return answer.Acknowledged;
    }

    private SimView OpenModal(string viewId)
    {
        var view = _core.Views.Get(viewId);
        return view is { Type: "modal", Open: true } && view.UserId == User.Id
            ? view
            : throw new InvalidOperationException($"View {viewId} is not an open modal of {User.Id}.");
    }

    private static (JsonObject State, Dictionary<string, string> Missing) InputState(JsonObject definition, ViewValues values)
    {
        var state = new JsonObject();
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocks = definition["blocks"] as JsonArray ?? [];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not JsonObject { } block || block["type"]?.GetValue<string>() != "input" || block["element"] is not JsonObject element)
            {
                continue;
            }

            var blockId = block["block_id"]?.GetValue<string>() ?? $"b{i}";
            var actionId = element["action_id"]?.GetValue<string>() ?? $"a{i}";
            var (value, empty) = ElementValue(element, actionId, values);
            state[blockId] = new JsonObject { [actionId] = value };
            if (empty && block["optional"]?.GetValue<bool>() != true)
            {
                missing[blockId] = "required";
            }
        }

        return (state, missing);
    }

    private static (JsonObject Value, bool Empty) ElementValue(JsonObject element, string actionId, ViewValues values)
    {
        var type = element["type"]?.GetValue<string>() ?? "";
        if (type == "checkboxes")
        {
            var chosen = values.CheckedFor(actionId)
                ?? (element["initial_options"] as JsonArray)?.Select(o => o?["value"]?.GetValue<string>() ?? "").ToArray()
                ?? [];
            var selected = new JsonArray([.. (element["options"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(o => chosen.Contains(o["value"]?.GetValue<string>()))
                .Select(o => (JsonNode)new JsonObject { ["text"] = o["text"]?.DeepClone(), ["value"] = o["value"]?.DeepClone() })]);
            return (new JsonObject { ["type"] = type, ["selected_options"] = selected }, selected.Count == 0);
        }

        var text = values.TextFor(actionId) ?? element["initial_value"]?.GetValue<string>();
        return (new JsonObject { ["type"] = type, ["value"] = text }, string.IsNullOrEmpty(text));
    }
}
