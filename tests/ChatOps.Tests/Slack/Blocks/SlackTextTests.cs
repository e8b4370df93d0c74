using System.Text;
using ChatOps.Bot.Slack.Blocks;
using CsCheck;

namespace ChatOps.Tests.Slack.Blocks;

public class SlackTextTests
{
    [Fact]
    public void Escaping_turns_mentions_and_links_into_plain_text()
    {
        Assert.Equal("&lt;!channel&gt; deploy &amp; run &lt;https://evil.example|click&gt;", SlackText.Escape("<!channel> deploy & run <https://evil.example|click>"));
        Assert.Equal("&lt;@U123&gt;", SlackText.Escape("<@U123>"));
        Assert.Equal("", SlackText.Escape(null));
    }

    [Fact]
    public void App_mentions_accept_only_user_ids()
    {
        Assert.Equal("<@U0ALICE001>", SlackText.MentionUser("U0ALICE001"));
        Assert.Throws<ArgumentException>(() => SlackText.MentionUser("U1><!channel"));
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));

        var cut = SlackText.Truncate(emoji, 75);

        Assert.True(cut.Length <= 75);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.True(IsWellFormed(cut));
        Assert.Equal(75, cut.Length);
    }

    [Fact]
    public void Truncation_never_splits_an_entity_or_a_slack_token()
    {
        var escaped = SlackText.Escape("x&y");
        Assert.Equal("x&amp;y", escaped);
        Assert.Equal("x…", SlackText.Truncate(escaped, 5));
        Assert.Equal("see …", SlackText.Truncate("see <@U0ALICE001> now", 12));
        Assert.Equal("a < b and c…", SlackText.Truncate("a < b and c d e", 12));
    }

    [Fact]
    public void Short_text_is_left_alone()
    {
        Assert.Equal("ok", SlackText.Truncate("ok", 2));
        Assert.Equal("abc", SlackText.Clip("abcdef", 3));
    }

    [Fact]
    public void Escaped_and_truncated_text_is_always_within_the_limit_and_well_formed()
    {
        Gen.Select(Gen.String["a&<>;@ \uD83D\uDE00\u3042"], Gen.Int[1, 40])
            .Sample((text, max) =>
            {
                var escaped = SlackText.Escape(text);
                var cut = SlackText.Truncate(escaped, max);
                return cut.Length <= max
                    && (!IsWellFormed(escaped) || IsWellFormed(cut))
                    && !cut.Contains('<', StringComparison.Ordinal)
                    && NoPartialEntity(cut);
            });
    }

    private static bool NoPartialEntity(string text)
    {
        var body = text.EndsWith('…') ? text[..^1] : text;
        var amp = body.LastIndexOf('&');
        return amp < 0 || body.IndexOf(';', amp) > amp;
    }

    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
