using ChatOps.Provisioning.Oci;

namespace ChatOps.Tests.Oci;

public class OciRetryTokenTests
{
    [Fact]
    public void The_same_inputs_always_give_the_same_short_alphanumeric_token()
    {
        var token = OciRetryToken.Derive("GCAS-2026-000123", "CreatingTenancy", "prod");

        Assert.Equal(token, OciRetryToken.Derive("GCAS-2026-000123", "CreatingTenancy", "prod"));
        Assert.InRange(token.Length, 1, 64);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
    }

    [Theory]
    [InlineData("GCAS-2026-000124", "CreatingTenancy", "prod")]
    [InlineData("GCAS-2026-000123", "ActivatingRegions", "prod")]
    [InlineData("GCAS-2026-000123", "CreatingTenancy", "sandbox")]
    [InlineData("GCAS-2026-00012", "3CreatingTenancy", "prod")]
    public void Any_different_input_gives_a_different_token(string requestId, string step, string environment) =>
        Assert.NotEqual(OciRetryToken.Derive("GCAS-2026-000123", "CreatingTenancy", "prod"), OciRetryToken.Derive(requestId, step, environment));
}
