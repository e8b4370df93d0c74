using System.Text;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Slack.Signing;

public class SlackSignatureVerifierTests
{
    // The example from Slack's "Verifying requests from Slack" documentation.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Documented_vector_is_valid_at_its_own_time()
    {
        var verifier = Verifier(new FakeTimeProvider(SignedAt));

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
        Assert.Equal(Signature, "v0=" + Convert.ToHexStringLower(SlackSignatureVerifier.Compute(Secret, Timestamp, Encoding.UTF8.GetBytes(Body))));
    }

    [Fact]
    public void Documented_vector_is_refused_with_the_real_clock_because_it_is_years_old()
    {
        var verifier = Verifier(TimeProvider.System);

        Assert.Equal(SignatureCheck.OutsideWindow, verifier.Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(299, nameof(SignatureCheck.Valid))]
    [InlineData(300, nameof(SignatureCheck.Valid))]
    [InlineData(301, nameof(SignatureCheck.OutsideWindow))]
    [InlineData(-299, nameof(SignatureCheck.Valid))]
    [InlineData(-301, nameof(SignatureCheck.OutsideWindow))]
    public void The_window_is_five_minutes_in_both_directions(int secondsLater, string expected)
    {
        var verifier = Verifier(new FakeTimeProvider(SignedAt.AddSeconds(secondsLater)));

        Assert.Equal(Enum.Parse<SignatureCheck>(expected), verifier.Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(null, Signature, nameof(SignatureCheck.MissingHeaders))]
    [InlineData(Timestamp, null, nameof(SignatureCheck.MissingHeaders))]
    [InlineData("15314206l8", Signature, nameof(SignatureCheck.MalformedTimestamp))]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", nameof(SignatureCheck.UnknownVersion))]
    [InlineData(Timestamp, "v0=not-hex", nameof(SignatureCheck.Mismatch))]
    [InlineData(Timestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", nameof(SignatureCheck.Mismatch))]
    [InlineData(Timestamp, "v0=a2114d57", nameof(SignatureCheck.Mismatch))]
    public void Bad_headers_are_refused_with_a_reason(string? timestamp, string? signature, string expected)
    {
        var verifier = Verifier(new FakeTimeProvider(SignedAt));

        Assert.Equal(Enum.Parse<SignatureCheck>(expected), verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void A_changed_body_or_secret_does_not_verify()
    {
        var time = new FakeTimeProvider(SignedAt);

        Assert.Equal(SignatureCheck.Mismatch, Verifier(time).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body.Replace("text=", "text=approve", StringComparison.Ordinal))));
        Assert.Equal(SignatureCheck.Mismatch, Verifier(time, Secret + "x").Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
        Assert.Equal(SignatureCheck.NoSigningSecret, Verifier(time, "").Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    private static SlackSignatureVerifier Verifier(TimeProvider time, string secret = Secret) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new SlackTuning(), time);
}
