namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>The bot's HTTP answer; <see cref="TimedOut"/> when it took longer than Slack waits.</summary>
public sealed record HttpDeliveryResult(int Status, string Body, string? ContentType, bool TimedOut = false)
{
    public bool IsSuccess => !TimedOut && Status is >= 200 and < 300;
}
