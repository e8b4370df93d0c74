using System.Text;
using System.Text.Json;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.Payloads;
using CsCheck;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>
/// The same generators, many more samples, straight into the parsing the receiver does: every body either parses to a
/// complete payload whose dedupe key is storable, or is refused as null, and nothing throws.
/// </summary>
public class SlackParsingProperties
{
    private static readonly FuzzTarget Target = new("PR-1", "C0PROVISN1", "1700000000.000100", "U0OUTSIDE1");

    [Fact]
    public void Generated_bodies_parse_to_complete_payloads_or_to_nothing_and_never_throw()
    {
        MalformedSlackPayloads.Any(Target).Sample(sample =>
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(sample.Body));
            SlackPayload? payload = sample.Path switch
            {
                "slack/commands" => SlashCommand.FromFields(name => form.TryGetValue(name, out var v) ? v.ToString() : null),
                "slack/interactions" => form.TryGetValue("payload", out var json) && Parse(json.ToString()) is { } element ? SlackPayloadParser.ParseInteraction(element) : null,
                _ => Parse(Encoding.UTF8.GetString(sample.Body)) is { ValueKind: JsonValueKind.Object } body ? SlackPayloadParser.ParseEventCallback(body) : null,
            };

            switch (payload)
            {
                case SlashCommand command:
                    Assert.False(command.Verb.Any(c => c is ' ' or '\t' or '\n' or '\r' or '\u3000'), sample.ToString());
                    Assert.Equal(command.Arguments.Trim(), command.Arguments);
                    break;
                case BlockActions click:
                    Assert.All(click.Actions, a => Assert.False(a is null || a.ActionId is null || a.ActionTs is null, sample.ToString()));
                    break;
                case EventCallback callback:
                    Assert.NotNull(callback.EventType);
                    break;
            }

            if (payload is not null && DedupeKeys.For(payload) is { } key)
            {
                Assert.True(Encoding.UTF8.GetByteCount(key) <= DedupeKeys.MaxKeyBytes, sample.ToString());
            }
        }, iter: 20_000, threads: 1);
    }

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
