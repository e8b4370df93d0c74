using ChatOps.Provisioning.Applications;

namespace ChatOps.Tests.Applications;

public class EmailAddressRuleTests
{
    [Theory]
    [InlineData("admin@city.chiyoda.lg.jp")]
    [InlineData("first.last+tag@example.co.jp")]
    [InlineData("\"quoted name\"@example.jp")]
    [InlineData("user@例え.jp")]
    [InlineData("o'brien@example.com")]
    public void Accepts_rfc_mailboxes(string address) => Assert.True(EmailAddressRule.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("admin@@example.jp")]
    [InlineData("@example.jp")]
    [InlineData("admin@")]
    [InlineData("admin@localhost")]
    [InlineData(".admin@example.jp")]
    [InlineData("ad..min@example.jp")]
    [InlineData("admin@-example.jp")]
    [InlineData("admin@example.123")]
    [InlineData("admin@[192.0.2.1]")]
    [InlineData("ad min@example.jp")]
    [InlineData("admin@exa mple.jp")]
    [InlineData("<!channel>@example.jp")]
    public void Refuses_what_is_not_a_mailbox(string address) => Assert.False(EmailAddressRule.IsValid(address));

    [Fact]
    public void Refuses_a_local_part_over_64_characters() =>
        Assert.False(EmailAddressRule.IsValid(new string('a', 65) + "@example.jp"));
}
