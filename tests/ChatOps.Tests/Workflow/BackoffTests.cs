using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Workflow;

public class BackoffTests
{
    private static readonly StepPolicy Policy = new() { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(1), Jitter = 0 };

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 60)]
    [InlineData(30, 60)]
    public void Delays_double_up_to_the_cap(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Delay(Policy, attempt, 0.5));

    [Fact]
    public void Jitter_spreads_the_delay_within_its_fraction_and_never_past_the_cap()
    {
        var jittered = Policy with { Jitter = 0.2 };

        Assert.Equal(TimeSpan.FromSeconds(8), Backoff.Delay(jittered, 1, 0));
        Assert.Equal(TimeSpan.FromSeconds(12), Backoff.Delay(jittered, 1, 1));
        Assert.Equal(TimeSpan.FromMinutes(1), Backoff.Delay(jittered, 10, 1));
    }
}
