using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Tests.Slack.Support;
using Json.Schema;

namespace ChatOps.Tests.Slack;

public class ManifestTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Slack");

    private static JsonNode Manifest => YamlToJson.Convert(File.ReadAllText(Path.Combine(Folder, "manifest.yml")))!;

    [Fact]
    public void The_manifest_is_valid_against_the_slack_manifest_schema()
    {
        var results = Evaluate(Manifest);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void The_schema_check_does_catch_a_broken_manifest()
    {
        var broken = Manifest;
        broken["settings"]!["socket_mode_enabled"] = "yes";
        broken["features"]!["bot_user"]!["colour"] = "blue";

        Assert.False(Evaluate(broken).IsValid);
    }

    [Fact]
    public void The_manifest_asks_for_exactly_the_scopes_the_code_uses()
    {
        var scopes = Manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

        Assert.Equal(scopes.Count, scopes.Distinct().Count());
        Assert.Equal(SlackApiClient.RequiredBotScopes.Order(), scopes.Order());
    }

    [Fact]
    public void The_manifest_is_a_socket_mode_app_with_the_command_interactivity_and_app_home()
    {
        var manifest = Manifest;

        Assert.True(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.True(manifest["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
        Assert.Null(manifest["settings"]!["interactivity"]!["request_url"]);
        Assert.Equal([AppHomeOpened.EventType], manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.True(manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>());
        Assert.NotNull(manifest["features"]!["bot_user"]!["display_name"]);
        var command = Assert.Single(manifest["features"]!["slash_commands"]!.AsArray())!;
        Assert.Equal(new SlackOptions().Command, command["command"]!.GetValue<string>());
        Assert.NotNull(command["usage_hint"]);
        Assert.Null(command["url"]);
    }

    [Fact]
    public void The_usage_hint_names_exactly_the_verbs_the_bot_handles()
    {
        var hint = Manifest["features"]!["slash_commands"]![0]!["usage_hint"]!.GetValue<string>();
        var hinted = hint[(hint.IndexOf('[', StringComparison.Ordinal) + 1)..hint.IndexOf(']', StringComparison.Ordinal)].Split('|');
        var handled = typeof(SlackOptions).Assembly.GetTypes()
            .Where(t => t.Namespace == "ChatOps.Bot.Commands")
            .Select(t => t.GetField("Verb", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetRawConstantValue())
            .OfType<string>();

        Assert.Equal(handled.Order(), hinted.Order());
    }

    private static EvaluationResults Evaluate(JsonNode manifest)
    {
        // The published schema is draft-07 style ("definitions", no $schema) and carries a non-standard "regex" keyword.
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "slack-manifest.schema.json")), new BuildOptions { Dialect = Dialect.Draft07 });
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) => string.Join(
        "\n",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));
}
