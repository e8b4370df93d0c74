using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack.Activity;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>Genuinely signed requests naming something the bot does not have: a private explanation and an audit entry.</summary>
public class UnknownHandlerTests(SharedHttpModeBot shared) : IClassFixture<SharedHttpModeBot>
{
    private const string Unknown = "That action is not recognised.";

    [Theory]
    [InlineData("request.approve_all")]
    [InlineData("request.approve ")]
    [InlineData("<!channel>")]
    public async Task A_click_with_an_unknown_action_id_is_answered_privately_and_audited(string actionId)
    {
        var bot = shared.Bot;
        var user = bot.World.Cast.Approver1.Id;
        var click = await GenuineClickAsync(bot, user);
        click["actions"]![0]!["action_id"] = actionId;

        var answer = await bot.InteractionAsync(click);
        var entry = await bot.AuditAsync("slack.handler.unknown", e => Key(e) == actionId);
        var told = await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted && a.UserId == user && a.Text!.StartsWith(Unknown, StringComparison.Ordinal), Deadline.Token());

        Assert.Equal(200, answer.Status);
        Assert.Equal((user, "action"), (entry.ActorId, JsonNode.Parse(entry.Details)!["kind"]!.GetValue<string>()));
        Assert.Contains(told.Via, new[] { "response_url", "chat.postEphemeral" });
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(shared.Target.Id).State);
    }

    [Theory]
    [InlineData("/provision frobnicate 12", "/provision frobnicate", "Sorry, I don't know `frobnicate`.")]
    [InlineData("/provision APPROVE-EVERYTHING", "/provision approve-everything", "Sorry, I don't know `approve-everything`.")]
    [InlineData("/provision <!channel>", "/provision <!channel>", "Sorry, I don't know `&lt;!channel&gt;`.")]
    public async Task An_unknown_command_verb_gets_an_ephemeral_answer_in_the_ack_and_is_audited(string line, string key, string first)
    {
        var bot = shared.Bot;
        var user = bot.World.Cast.Outsider.Id;

        var outcome = await bot.Slack.As(user).RunCommandAsync(line, bot.Channel, Deadline.Token());
        var entry = await bot.AuditAsync("slack.handler.unknown", e => e.ActorId == user && Key(e) == key);

        Assert.Equal(200, outcome.Delivery.HttpStatus);
        Assert.Equal(("ack", first), (outcome.Reply!.Via, outcome.Reply.Text.Split('\n')[0]));
        Assert.Contains("\"kind\":\"command\"", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_under_another_slash_command_name_is_answered_and_audited()
    {
        var bot = shared.Bot;
        var body = Encoding.UTF8.GetBytes($"command=%2Fdeploy&text=help&user_id={bot.World.Cast.Operator.Id}&team_id=T0SANDBOX1&channel_id={bot.Channel}&trigger_id={Guid.NewGuid():N}");

        var answer = await bot.PostAsync("slack/commands", body);
        await bot.AuditAsync("slack.handler.unknown", e => e.Details.Contains("\"/deploy help\"", StringComparison.Ordinal));

        Assert.Equal(200, answer.Status);
        Assert.Contains(Unknown, answer.Body, StringComparison.Ordinal);
        Assert.Contains("\"response_type\":\"ephemeral\"", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_view_submission_with_an_unknown_callback_id_is_acknowledged_without_effect_and_audited()
    {
        var bot = shared.Bot;
        var user = bot.World.Cast.Approver1.Id;
        var submission = new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "aiko.sato" },
            ["team"] = new JsonObject { ["id"] = "T0SANDBOX1" },
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["view"] = new JsonObject
            {
                ["id"] = "V" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
                ["type"] = "modal",
                ["callback_id"] = "request.approve_everything",
                ["private_metadata"] = shared.Target.Id,
                ["hash"] = "1.abc",
                ["state"] = new JsonObject { ["values"] = new JsonObject() },
            },
        };

        var answer = await bot.InteractionAsync(submission);
        var entry = await bot.AuditAsync("slack.handler.unknown", e => e.Details.Contains("request.approve_everything", StringComparison.Ordinal));

        Assert.Equal(200, answer.Status);
        Assert.Equal((user, "{\"key\":\"request.approve_everything\",\"kind\":\"view\"}"), (entry.ActorId, entry.Details));
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(shared.Target.Id).State);
    }

    private static string? Key(ChatOps.Provisioning.Audit.AuditEntry entry) => JsonNode.Parse(entry.Details)?["key"]?.GetValue<string>();

    // A well-formed click by someone with a working response_url of their own (from a status command).
    private async Task<JsonObject> GenuineClickAsync(HttpModeBot bot, string user) =>
        SignedBodies.Click(shared.Target.Id, bot.Channel, shared.CardTs, user, ApproveButton.ActionId, await bot.ResponseUrlOfAsync(user, shared.Target.Id));
}
