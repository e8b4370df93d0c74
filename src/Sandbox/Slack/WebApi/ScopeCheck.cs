using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.WebApi;

internal static class ScopeCheck
{
    /// <summary>Null when one of the scopes was granted; else <c>missing_scope</c> with <c>needed</c> and <c>provided</c>.</summary>
    public static ApiResult? Require(SlackSimulatorOptions options, params string[] anyOf) =>
        anyOf.Any(options.Scopes.Contains)
            ? null
            : ApiResult.Error("missing_scope", new JsonObject
            {
                ["needed"] = string.Join(",", anyOf),
                ["provided"] = string.Join(",", options.Scopes),
            });
}
