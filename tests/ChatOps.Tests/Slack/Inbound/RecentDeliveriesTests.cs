using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Slack.Inbound;

public class RecentDeliveriesTests
{
    private static readonly SlackTuning Tuning = new() { RecentDeliveryWindow = TimeSpan.FromMinutes(10) };

    [Fact]
    public void A_key_is_accepted_once_within_the_window_and_again_after_it()
    {
        var time = new FakeTimeProvider();
        var recent = new RecentDeliveries(Tuning, time);

        Assert.True(recent.TryAccept("slack:envelope:1"));
        Assert.False(recent.TryAccept("slack:envelope:1"));
        Assert.True(recent.TryAccept("slack:envelope:2"));

        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(recent.TryAccept("slack:envelope:1"));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(recent.TryAccept("slack:envelope:1"));
        Assert.False(recent.TryAccept("slack:envelope:1"));
    }

    [Fact]
    public void Of_many_concurrent_callers_with_one_key_exactly_one_wins()
    {
        var recent = new RecentDeliveries(Tuning, new FakeTimeProvider());
        var wins = 0;

        Parallel.For(0, 256, _ =>
        {
            if (recent.TryAccept("slack:click:U1:1.000001:request.approve:1.0"))
            {
                Interlocked.Increment(ref wins);
            }
        });

        Assert.Equal(1, wins);
    }
}
