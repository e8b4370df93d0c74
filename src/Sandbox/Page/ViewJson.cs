using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Page;

/// <summary>A modal or Home view as the page renders it, with the errors of its last refused submission.</summary>
internal static class ViewJson
{
    public static JsonObject View(SimView view)
    {
        var definition = view.Definition();
        var errors = new JsonObject();
        foreach (var (blockId, message) in view.Errors ?? new Dictionary<string, string>())
        {
            errors[blockId] = message;
        }

        return new JsonObject
        {
            ["id"] = view.Id,
            ["type"] = view.Type,
            ["hash"] = view.Hash,
            ["callbackId"] = view.CallbackId,
            ["title"] = definition["title"]?["text"]?.GetValue<string>(),
            ["submit"] = definition["submit"]?["text"]?.GetValue<string>(),
            ["close"] = definition["close"]?["text"]?.GetValue<string>(),
            ["blocks"] = definition["blocks"]?.DeepClone() ?? new JsonArray(),
            ["errors"] = errors,
        };
    }
}
