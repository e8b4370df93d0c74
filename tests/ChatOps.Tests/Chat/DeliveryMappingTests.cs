using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Notifier;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Outbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Chat;

public class DeliveryMappingTests
{
    private static readonly ChatTuning Tuning = new() { OperatorFixRetryDelay = TimeSpan.FromMinutes(7) };

    [Theory]
    [InlineData("request_failed", 0)]
    [InlineData("service_unavailable", 503)]
    [InlineData("http_502", 502)]
    [InlineData("internal_error", 200)]
    public void Passing_faults_are_retried_soon(string code, int status)
    {
        var result = DeliveryMapping.Map(new SlackApiError("chat.postMessage", code, status), Tuning, NullLogger.Instance, "a line");

        var retry = Assert.IsType<DeliveryResult.RetryLater>(result);
        Assert.Null(retry.After);
        Assert.Contains(code, retry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_limiting_is_retried_after_Slack_s_Retry_After()
    {
        var result = DeliveryMapping.Map(new SlackApiError("chat.postMessage", SlackApiError.RateLimited, 429, RetryAfter: TimeSpan.FromSeconds(30)), Tuning, NullLogger.Instance, "a line");

        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsType<DeliveryResult.RetryLater>(result).After);
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    public void Faults_an_operator_can_fix_wait_long_and_lose_nothing(string code) =>
        Assert.Equal(Tuning.OperatorFixRetryDelay, Assert.IsType<DeliveryResult.RetryLater>(DeliveryMapping.Map(new SlackApiError("chat.postMessage", code, 200), Tuning, NullLogger.Instance, "a line")).After);

    [Fact]
    public void A_message_Slack_will_never_take_is_refused()
    {
        var result = DeliveryMapping.Map(new SlackApiError("chat.postMessage", "invalid_blocks", 200, Messages: ["must be less than 3001 characters"]), Tuning, NullLogger.Instance, "a line");

        Assert.Contains("invalid_blocks", Assert.IsType<DeliveryResult.Dead>(result).Error, StringComparison.Ordinal);
    }
}
