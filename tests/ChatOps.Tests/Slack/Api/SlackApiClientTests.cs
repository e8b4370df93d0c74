using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Slack.Api;

public class SlackApiClientTests
{
    private const string Requests = "C0REQUEST1";

    [Fact]
    public async Task Auth_test_identifies_the_bot()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);

        var identity = await services.GetRequiredService<SlackApiClient>().AuthTestAsync(Deadline.Token());

        Assert.True(identity.IsOk);
        Assert.Equal(slack.Options.BotUserId, identity.Value.UserId);
        Assert.Equal(slack.Options.TeamId, identity.Value.TeamId);
        Assert.Equal(slack.Options.BotId, identity.Value.BotId);
    }

    [Fact]
    public async Task A_posted_message_keeps_its_blocks_thread_replies_and_edits()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var api = services.GetRequiredService<SlackApiClient>();

        var card = await api.PostMessageAsync(Requests, new SlackMessage("Request 12", [new HeaderBlock("Request 12"), new ActionsBlock([new ButtonElement("Approve", "approve", "12", ButtonStyle.Primary)])]), cancellationToken: Deadline.Token());
        var reply = await api.PostMessageAsync(Requests, new SlackMessage("Tenancy creation started"), card.Value!.Ts, Deadline.Token());
        var edit = await api.UpdateMessageAsync(Requests, card.Value.Ts, new SlackMessage("Request 12 approved"), Deadline.Token());

        Assert.True(card.IsOk && reply.IsOk && edit.IsOk);
        Assert.True(string.CompareOrdinal(reply.Value!.Ts, card.Value.Ts) > 0);
        var stored = slack.Workspace.Message(Requests, card.Value.Ts)!;
        Assert.Equal("Request 12 approved", stored.Text);
        Assert.Null(stored.BlocksJson);
        Assert.Equal(1, stored.ReplyCount);
        var before = Assert.Single(stored.Edits);
        Assert.Equal("Request 12", before.Text);
        Assert.Equal("approve", JsonNode.Parse(before.BlocksJson!)![1]!["elements"]![0]!["action_id"]!.GetValue<string>());
        Assert.Equal(card.Value.Ts, Assert.Single(slack.Workspace.Replies(Requests, card.Value.Ts)).ThreadTs);
    }

    [Fact]
    public async Task Slack_errors_come_back_as_values_with_their_details()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Scopes = ["commands", "chat:write"] });
        await using var services = SlackClientFactory.Create(slack);
        await using var forged = SlackClientFactory.Create(slack, botToken: "xoxb-not-the-real-token");
        var api = services.GetRequiredService<SlackApiClient>();

        var unknownChannel = await api.PostMessageAsync("C0NOWHERE1", new SlackMessage("hi"), cancellationToken: Deadline.Token());
        var privateChannel = await api.PostMessageAsync("G0PRIVATE1", new SlackMessage("hi"), cancellationToken: Deadline.Token());
        var badToken = await forged.GetRequiredService<SlackApiClient>().AuthTestAsync(Deadline.Token());
        var noScope = await api.GetUserAsync("U0ALICE001", Deadline.Token());
        var notOurs = await api.UpdateMessageAsync(Requests, slack.As("U0BOB00001").Say(Requests, "hello").Ts, new SlackMessage("edited"), Deadline.Token());
        var missing = await api.UpdateMessageAsync(Requests, "1700000000.000001", new SlackMessage("edited"), Deadline.Token());

        Assert.Equal(("chat.postMessage", "channel_not_found", 200), (unknownChannel.Error!.Method, unknownChannel.Error.Code, unknownChannel.Error.HttpStatus));
        Assert.Equal("channel_not_found", privateChannel.Error!.Code);
        Assert.Equal("invalid_auth", badToken.Error!.Code);
        Assert.Equal(("missing_scope", "users:read", "commands,chat:write"), (noScope.Error!.Code, noScope.Error.Needed, noScope.Error.Provided));
        Assert.Equal("cant_update_message", notOurs.Error!.Code);
        Assert.Equal("message_not_found", missing.Error!.Code);
        // The forged-token call went through its own provider and its own stats.
        Assert.Equal(5, services.GetRequiredService<SlackStats>().Snapshot().ApiErrors);
    }

    [Fact]
    public async Task Invalid_blocks_carry_slack_pointer_messages()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var blocks = new JsonArray([.. Enumerable.Range(0, 51).Select(_ => (JsonNode)new JsonObject { ["type"] = "divider" })]);

        var result = await services.GetRequiredService<SlackApiTransport>().PostJsonAsync(
            "chat.postMessage", new JsonObject { ["channel"] = Requests, ["text"] = "too many", ["blocks"] = blocks }, slack.Options.BotToken, Deadline.Token());

        Assert.Equal("invalid_blocks", result.Error!.Code);
        Assert.Contains(result.Error.Messages!, m => m.Contains("no more than 50 items allowed [json-pointer:/blocks]", StringComparison.Ordinal));
        Assert.Empty(slack.Workspace.Messages(Requests));
    }

    [Fact]
    public async Task Builder_output_at_every_limit_is_accepted_by_slack()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var huge = new string('字', 6000);
        var blocks = new List<Block> { new HeaderBlock(huge), new ActionsBlock([.. Enumerable.Range(0, 30).Select(i => new ButtonElement(huge, $"act{i}", huge, confirm: new ConfirmDialog(huge, huge, huge, huge)))]) };
        blocks.AddRange(Enumerable.Range(0, 60).Select(i => new SectionBlock(TextObject.Markdown(huge), [.. Enumerable.Range(0, 11).Select(_ => TextObject.Plain(huge))])));

        var posted = await services.GetRequiredService<SlackApiClient>().PostMessageAsync(Requests, new SlackMessage(huge, blocks), cancellationToken: Deadline.Token());

        Assert.True(posted.IsOk, posted.Error?.ToString());
        Assert.Equal(50, slack.Workspace.Message(Requests, posted.Value!.Ts)!.Blocks()!.Count);
    }

    [Fact]
    public async Task Directory_lookups_return_users_groups_and_channels()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var api = services.GetRequiredService<SlackApiClient>();

        var alice = await api.GetUserAsync("U0ALICE001", Deadline.Token());
        var approvers = await api.ListUserGroupMembersAsync("S0APPROVE1", Deadline.Token());
        var channel = await api.GetConversationAsync(Requests, Deadline.Token());
        var hidden = await api.GetConversationAsync("G0PRIVATE1", Deadline.Token());
        var nobody = await api.GetUserAsync("U0NOBODY01", Deadline.Token());
        var noGroup = await api.ListUserGroupMembersAsync("S0NOSUCH01", Deadline.Token());

        Assert.Equal(("U0ALICE001", "alice", false), (alice.Value!.Id, alice.Value.DisplayName, alice.Value.IsBot));
        Assert.Equal(["U0ALICE001", "U0CAROL001"], approvers.Value!);
        Assert.Equal(("gov-provisioning", true, false), (channel.Value!.Name, channel.Value.IsMember, channel.Value.IsPrivate));
        Assert.Equal("channel_not_found", hidden.Error!.Code);
        Assert.Equal("user_not_found", nobody.Error!.Code);
        Assert.Equal("no_such_subteam", noGroup.Error!.Code);
    }

    [Fact]
    public async Task Ephemeral_messages_reach_only_members_of_the_channel()
    {
        var options = new SlackSimulatorOptions();
        await using var slack = await SlackSimulator.StartAsync(options with
        {
            Channels = [.. options.Channels, new("C0SMALL001", "small", Members: ["U0ALICE001"])],
        });
        await using var services = SlackClientFactory.Create(slack);
        var api = services.GetRequiredService<SlackApiClient>();

        var sent = await api.PostEphemeralAsync("C0SMALL001", "U0ALICE001", new SlackMessage("only you"), cancellationToken: Deadline.Token());
        var outsider = await api.PostEphemeralAsync("C0SMALL001", "U0BOB00001", new SlackMessage("not for bob"), cancellationToken: Deadline.Token());

        Assert.True(sent.IsOk);
        Assert.Equal(sent.Value, Assert.Single(slack.Workspace.Ephemerals("U0ALICE001")).Ts);
        Assert.Equal("user_not_in_channel", outsider.Error!.Code);
        Assert.Empty(slack.Workspace.Ephemerals("U0BOB00001"));
    }

    [Fact]
    public async Task An_outage_is_an_error_value_and_nothing_is_retried()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        slack.Faults.Outage = true;

        var result = await services.GetRequiredService<SlackApiClient>().PostMessageAsync(Requests, new SlackMessage("hello"), cancellationToken: Deadline.Token());

        Assert.Equal(("service_unavailable", 503), (result.Error!.Code, result.Error.HttpStatus));
        slack.Faults.Outage = false;
        Assert.Empty(slack.Workspace.Messages(Requests));
    }
}
