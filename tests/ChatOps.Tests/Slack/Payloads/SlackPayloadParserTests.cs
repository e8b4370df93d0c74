using System.Text.Json;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Payloads;

/// <summary>Payloads that deserialise but lack what the layer relies on are refused as null, never passed on half-made.</summary>
public class SlackPayloadParserTests
{
    private const string Click = """{"type":"block_actions","user":{"id":"U0ALICE001"},"container":{"type":"message","message_ts":"1.2"},"actions":[ACTION]}""";

    [Theory]
    [InlineData("null")]
    [InlineData("""{"type":"button","block_id":"b"}""")]
    [InlineData("""{"type":"button","action_id":"request.approve"}""")]
    [InlineData("""{"type":"button","action_id":null,"action_ts":"1.3"}""")]
    public void A_click_with_a_missing_or_incomplete_action_is_refused(string action)
    {
        using var document = JsonDocument.Parse(Click.Replace("ACTION", action, StringComparison.Ordinal));

        Assert.Null(SlackPayloadParser.ParseInteraction(document.RootElement));
    }

    [Theory]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":["block_actions"]}""")]
    [InlineData("""{"type":{"a":1}}""")]
    public void A_type_that_is_not_a_string_is_refused(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Null(SlackPayloadParser.ParseInteraction(document.RootElement));
    }

    [Fact]
    public void A_complete_click_is_read()
    {
        using var document = JsonDocument.Parse(Click.Replace("ACTION", """{"type":"button","action_id":"request.approve","action_ts":"1.3","value":"PR-1"}""", StringComparison.Ordinal));

        var click = Assert.IsType<BlockActions>(SlackPayloadParser.ParseInteraction(document.RootElement));
        Assert.Equal(("request.approve", "PR-1"), (click.Actions[0].ActionId, click.Actions[0].Value));
    }

    [Fact]
    public void A_modal_state_with_a_null_block_reads_as_no_value()
    {
        using var document = JsonDocument.Parse("""{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","state":{"values":{"reason":null}}}}""");

        var submission = Assert.IsType<ViewSubmission>(SlackPayloadParser.ParseInteraction(document.RootElement));
        Assert.Null(submission.View.State!.Text("reason", "reason_input"));
    }
}
