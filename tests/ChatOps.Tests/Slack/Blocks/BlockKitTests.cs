using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;

namespace ChatOps.Tests.Slack.Blocks;

public class BlockKitTests
{
    [Fact]
    public void A_message_serialises_to_slack_block_kit_json()
    {
        var message = new SlackMessage("Request 12 needs approval",
        [
            new HeaderBlock("Request 12"),
            new SectionBlock(TextObject.Markdown("*Tenancy* for Sapporo"), [TextObject.Markdown("*Region*\nap-tokyo-1")], new ButtonElement("Details", "details", "12")),
            new DividerBlock(),
            new ContextBlock([TextObject.Plain("Received 10:00")]),
            new ActionsBlock(
            [
                new ButtonElement("Approve", "approve", "12", ButtonStyle.Primary, new ConfirmDialog("Approve?", "Creates a tenancy.", "Approve", "Back")),
                new ButtonElement("Reject", "reject", "12", ButtonStyle.Danger),
            ], "actions-12"),
        ]);

        var json = Serialize(message.Blocks!);

        Assert.Equal("header", json[0]!["type"]!.GetValue<string>());
        Assert.Equal("plain_text", json[0]!["text"]!["type"]!.GetValue<string>());
        Assert.Equal("mrkdwn", json[1]!["fields"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("button", json[1]!["accessory"]!["type"]!.GetValue<string>());
        Assert.Equal("divider", json[2]!["type"]!.GetValue<string>());
        Assert.Null(json[2]!["block_id"]);
        var approve = json[4]!["elements"]![0]!;
        Assert.Equal("actions-12", json[4]!["block_id"]!.GetValue<string>());
        Assert.Equal("primary", approve["style"]!.GetValue<string>());
        Assert.Equal("approve", approve["action_id"]!.GetValue<string>());
        Assert.Equal("12", approve["value"]!.GetValue<string>());
        Assert.Equal("Approve?", approve["confirm"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal("danger", json[4]!["elements"]![1]!["style"]!.GetValue<string>());
        Assert.Equal("Request 12 needs approval", message.Text);
    }

    [Fact]
    public void Every_text_is_cut_to_its_limit()
    {
        var longText = new string('x', 5000);
        var button = new ButtonElement(longText, new string('a', 300), longText, confirm: new ConfirmDialog(longText, longText, longText, longText));
        var blocks = Serialize(
        [
            new HeaderBlock(longText),
            new SectionBlock(TextObject.Markdown(longText), [.. Enumerable.Range(0, 12).Select(_ => TextObject.Markdown(longText))]),
            new ActionsBlock([button], new string('b', 300)),
        ]);

        Assert.Equal(150, Text(blocks[0]!["text"]).Length);
        Assert.Equal(3000, Text(blocks[1]!["text"]).Length);
        Assert.Equal(10, blocks[1]!["fields"]!.AsArray().Count);
        Assert.All(blocks[1]!["fields"]!.AsArray(), f => Assert.Equal(2000, Text(f).Length));
        var element = blocks[2]!["elements"]![0]!;
        Assert.Equal(255, blocks[2]!["block_id"]!.GetValue<string>().Length);
        Assert.Equal(75, Text(element["text"]).Length);
        Assert.Equal(255, element["action_id"]!.GetValue<string>().Length);
        Assert.Equal(2000, element["value"]!.GetValue<string>().Length);
        Assert.Equal(100, Text(element["confirm"]!["title"]).Length);
        Assert.Equal(300, Text(element["confirm"]!["text"]).Length);
        Assert.Equal(30, Text(element["confirm"]!["confirm"]).Length);
        Assert.Equal(30, Text(element["confirm"]!["deny"]).Length);
    }

    [Fact]
    public void Too_many_blocks_are_capped_with_a_note_of_what_was_left_out()
    {
        var sixty = Enumerable.Range(0, 60).Select(i => (Block)SectionBlock.Markdown($"line {i}")).ToList();

        var message = new SlackMessage("sixty lines", sixty);
        var home = new HomeView([.. sixty, .. sixty, .. sixty]);

        Assert.Equal(50, message.Blocks!.Count);
        Assert.Equal("… +11", Assert.IsType<ContextBlock>(message.Blocks[^1]).Elements[0].Text);
        Assert.Equal(100, home.Blocks.Count);
    }

    [Fact]
    public void Every_message_needs_a_fallback_text()
    {
        Assert.Throws<ArgumentException>(() => new SlackMessage(" ", [new DividerBlock()]));
        Assert.Equal(4000, new SlackMessage(new string('y', 5000)).Text.Length);
    }

    [Fact]
    public void User_text_stays_inert_in_a_section()
    {
        var section = SectionBlock.Markdown($"Requested by {SlackText.Escape("Mallory <!channel> <https://evil.example|login>")}");

        var text = Text(Serialize([section])[0]!["text"]);

        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_modal_has_short_title_and_buttons_and_requires_submit_with_inputs()
    {
        var input = new InputBlock("Reason", new PlainTextInputElement("reason_input", multiline: true, placeholder: "Why?"), "reason", hint: "Shown to the requester");
        var checkboxes = new InputBlock("Checks", new CheckboxesElement("checks", [new OptionObject("Template applied", "template"), new OptionObject("Keys rotated", "keys")]), "checks", optional: true);
        var modal = new ModalView("Reject a provisioning request", [input, checkboxes], "reject", "Reject this provisioning request", "Cancel", "12", notifyOnClose: true);

        var json = JsonSerializer.SerializeToNode<SlackView>(modal, SlackJson.Options)!;

        Assert.Equal("modal", json["type"]!.GetValue<string>());
        Assert.Equal(24, Text(json["title"]).Length);
        Assert.Equal(24, Text(json["submit"]).Length);
        Assert.Equal("12", json["private_metadata"]!.GetValue<string>());
        Assert.True(json["notify_on_close"]!.GetValue<bool>());
        Assert.Equal("plain_text_input", json["blocks"]![0]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("checkboxes", json["blocks"]![1]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("keys", json["blocks"]![1]!["element"]!["options"]![1]!["value"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => new ModalView("No submit", [input], "reject"));
        Assert.Throws<ArgumentException>(() => new ModalView("Too much", [], "x", privateMetadata: new string('m', 3001)));
    }

    [Fact]
    public void View_submission_answers_have_slack_shapes()
    {
        var errors = ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { ["reason"] = "Too short" }).ToAckPayload()!;

        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.Equal("Too short", errors["errors"]!["reason"]!.GetValue<string>());
        Assert.Null(ViewSubmissionResponse.Close.ToAckPayload());
        Assert.True(ViewSubmissionResponse.Close.Accepted);
        Assert.Equal("clear", ViewSubmissionResponse.ClearAll.ToAckPayload()!["response_action"]!.GetValue<string>());
        Assert.Equal("modal", ViewSubmissionResponse.Push(new ModalView("Next", [], "next")).ToAckPayload()!["view"]!["type"]!.GetValue<string>());
    }

    private static JsonArray Serialize(IReadOnlyList<Block> blocks) => JsonSerializer.SerializeToNode(blocks, SlackJson.Options)!.AsArray();

    private static string Text(JsonNode? textObject) => textObject!["text"]!.GetValue<string>();
}
