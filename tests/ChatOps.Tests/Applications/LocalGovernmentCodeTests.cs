using ChatOps.Provisioning.Applications;

namespace ChatOps.Tests.Applications;

public class LocalGovernmentCodeTests
{
    [Theory]
    [InlineData("131016")] // 千代田区
    [InlineData("011002")] // 札幌市
    [InlineData("271004")] // 大阪市
    [InlineData("130001")] // 東京都
    [InlineData("271403")] // 堺市
    [InlineData("141500")] // 相模原市
    public void Real_codes_are_valid(string code) => Assert.True(LocalGovernmentCode.IsValid(code));

    [Theory]
    [InlineData("13101", 6)]
    [InlineData("01100", 2)]
    [InlineData("27100", 4)]
    [InlineData("14150", 0)]
    public void Check_digit_follows_the_ministry_formula(string firstFive, int expected) =>
        Assert.Equal(expected, LocalGovernmentCode.CheckDigit(firstFive));

    [Theory]
    [InlineData("131017", "check digit")]
    [InlineData("011003", "check digit")]
    [InlineData("271005", "check digit")]
    [InlineData("13101", "6 digits")]
    [InlineData("1310166", "6 digits")]
    [InlineData("13101a", "6 digits")]
    [InlineData("481006", "prefecture")]
    [InlineData("001006", "prefecture")]
    public void Wrong_codes_are_refused_with_the_reason(string code, string reason)
    {
        Assert.False(LocalGovernmentCode.IsValid(code));
        Assert.Contains(reason, LocalGovernmentCode.Problem(code), StringComparison.Ordinal);
    }

    [Fact]
    public void Remainders_zero_and_one_map_to_one_and_zero()
    {
        // 6a+5b+4c+3d+2e: 00011 → 3+2=5 → 11-5=6; pick digits giving remainders 0 and 1.
        Assert.Equal(1, LocalGovernmentCode.CheckDigit("00000"));   // sum 0 → remainder 0 → 11 → last digit 1
        Assert.Equal(0, LocalGovernmentCode.CheckDigit("00040"));   // sum 12 → remainder 1 → 10 → last digit 0
    }
}
