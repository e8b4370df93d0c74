using ChatOps.Provisioning.Applications;

namespace ChatOps.Tests.Applications;

public class TextSanitizerTests
{
    [Theory]
    [InlineData("<!channel> 至急", "＜!channel＞ 至急")]
    [InlineData("<@U024BE7LH> さん", "＜@U024BE7LH＞ さん")]
    [InlineData("<https://evil.example|千代田区>", "＜https://evil.example|千代田区＞")]
    public void Slack_control_sequences_are_neutralised(string input, string expected)
    {
        var clean = TextSanitizer.Clean(input);

        Assert.Equal(expected, clean);
        Assert.DoesNotContain('<', clean);
        Assert.DoesNotContain('>', clean);
    }

    [Fact]
    public void Control_format_and_bidi_characters_are_removed_and_whitespace_collapsed() =>
        Assert.Equal("千代田区 住民記録", TextSanitizer.Clean("\u0007千代田\u200B区\u202E\t\n  住民\u0000記録  "));

    [Fact]
    public void Text_is_normalised_to_nfc() => Assert.Equal("が", TextSanitizer.Clean("か\u3099"));
}
