using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Views;

public class ListViewsTests
{
    [Fact]
    public void Lead_time_percentiles_use_the_nearest_rank()
    {
        var values = Enumerable.Range(1, 10).Select(i => TimeSpan.FromMinutes(i)).Reverse().ToList();

        Assert.Equal(TimeSpan.FromMinutes(5), StatsView.Percentile(values, 50));
        Assert.Equal(TimeSpan.FromMinutes(9), StatsView.Percentile(values, 90));
        Assert.Equal(TimeSpan.FromMinutes(3), StatsView.Percentile([TimeSpan.FromMinutes(3)], 90));
    }

    [Fact]
    public void Stats_show_only_states_with_requests_and_say_when_nothing_completed()
    {
        var reply = StatsView.Render(new Dictionary<RequestState, int> { [RequestState.AwaitingApproval] = 2, [RequestState.Failed] = 0 }, [], 30, ChatTexts.Japanese);

        Assert.Equal("*状態別の件数*\n承認待ち: *2*\n\n過去30日に完了した申請はありません。", reply.Message.Text);
    }

    [Fact]
    public void A_long_list_is_cut_with_a_count_of_the_rest()
    {
        var requests = Enumerable.Range(1, 5).Select(i => Requests.In(RequestState.AwaitingApproval) with { Id = $"PR-{i}", Number = i }).ToList();

        var reply = RequestListView.Render("heading", requests, 3, ChatTexts.English, Requests.Start.AddMinutes(30));

        Assert.Equal(["heading", "• *PR-1* 千代田区 · 住民記録システム — Awaiting approval (30 min)", "• *PR-2* 千代田区 · 住民記録システム — Awaiting approval (30 min)",
            "• *PR-3* 千代田区 · 住民記録システム — Awaiting approval (30 min)", "and 2 more"], reply.Message.Text.Split('\n'));
    }
}
