using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>views.open (single-use trigger, 3 s), views.update (by id or external id, hash checked) and views.publish (Home).</summary>
internal sealed class ViewMethods(SimulatorCore core)
{
    public ApiResult Open(ApiCall call)
    {
        var definition = call.Structured("view", out _);
        if (ViewRules.Check(definition, "modal") is { } invalid)
        {
            return invalid;
        }

        var (userId, refused) = core.Grants.ConsumeTrigger(call.Text("trigger_id"));
        if (refused is not null)
        {
            return ApiResult.Error(refused);
        }

        var view = core.Views.OpenModal(userId!, definition!.AsObject(), push: false);
        core.Record(SlackActivityKind.ViewOpened, call.Method, userId: view.UserId, viewId: view.Id, text: view.Title, blocksJson: view.Definition()["blocks"]?.ToJsonString());
        return ApiResult.Ok(new JsonObject { ["view"] = view.ToPayload(core.Options) });
    }

    public ApiResult Update(ApiCall call)
    {
        var target = call.Text("view_id") is { } id ? core.Views.Get(id)
            : call.Text("external_id") is { } external ? core.Views.FindByExternalId(external)
            : null;
        if (target is null)
        {
            return ApiResult.Error("not_found");
        }

        if (call.Text("hash") is { } hash && hash != target.Hash)
        {
            return ApiResult.Error("hash_conflict");
        }

        var definition = call.Structured("view", out _);
        if (ViewRules.Check(definition, target.Type) is { } invalid)
        {
            return invalid;
        }

        var view = core.Views.Replace(target, definition!.AsObject());
        core.Record(SlackActivityKind.ViewUpdated, call.Method, userId: view.UserId, viewId: view.Id, text: view.Title, blocksJson: view.Definition()["blocks"]?.ToJsonString());
        return ApiResult.Ok(new JsonObject { ["view"] = view.ToPayload(core.Options) });
    }

    public ApiResult Publish(ApiCall call)
    {
        if (!core.Options.HomeTabEnabled)
        {
            return ApiResult.Error("not_enabled");
        }

        if (core.Workspace.User(call.Text("user_id")) is not { } user)
        {
            return ApiResult.Error("user_not_found");
        }

        var definition = call.Structured("view", out _);
        if (ViewRules.Check(definition, "home") is { } invalid)
        {
            return invalid;
        }

        if (call.Text("hash") is { } hash && core.Views.Home(user.Id) is { } current && current.Hash != hash)
        {
            return ApiResult.Error("hash_conflict");
        }

        var view = core.Views.Publish(user.Id, definition!.AsObject());
        core.Record(SlackActivityKind.HomePublished, call.Method, userId: user.Id, viewId: view.Id, blocksJson: view.Definition()["blocks"]?.ToJsonString());
        return ApiResult.Ok(new JsonObject { ["view"] = view.ToPayload(core.Options) });
    }
}
