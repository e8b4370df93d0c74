using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Slack.Api;

public class SlackViewsApiTests
{
    private static ModalView Modal(string title = "Reject request") =>
        new(title, [new InputBlock("Reason", new PlainTextInputElement("reason_input"), "reason")], "reject", submit: "Reject");

    [Fact]
    public async Task A_trigger_opens_one_modal_within_three_seconds_only()
    {
        var simulatorTime = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Time = simulatorTime });
        await using var services = SlackClientFactory.Create(slack);
        var api = services.GetRequiredService<SlackApiClient>();
        var alice = slack.As("U0ALICE001");

        var fresh = alice.IssueTrigger();
        var opened = await api.OpenViewAsync(fresh, Modal(), Deadline.Token());
        var reused = await api.OpenViewAsync(fresh, Modal(), Deadline.Token());
        var late = alice.IssueTrigger();
        simulatorTime.Advance(TimeSpan.FromSeconds(4));
        var expired = await api.OpenViewAsync(late, Modal(), Deadline.Token());
        var unknown = await api.OpenViewAsync("123.456.abc", Modal(), Deadline.Token());

        Assert.True(opened.IsOk);
        Assert.Equal("Reject request", Assert.Single(slack.Views.OpenModals("U0ALICE001")).Title);
        Assert.Equal("exchanged_trigger_id", reused.Error!.Code);
        Assert.Equal("expired_trigger_id", expired.Error!.Code);
        Assert.Equal("invalid_trigger_id", unknown.Error!.Code);
    }

    [Fact]
    public async Task Views_update_by_id_and_refuse_a_stale_hash()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var api = services.GetRequiredService<SlackApiClient>();
        var opened = await api.OpenViewAsync(slack.As("U0ALICE001").IssueTrigger(), Modal(), Deadline.Token());

        var updated = await api.UpdateViewAsync(opened.Value!.Id, Modal("Step two"), opened.Value.Hash, Deadline.Token());
        var stale = await api.UpdateViewAsync(opened.Value.Id, Modal("Step three"), opened.Value.Hash, Deadline.Token());
        var missing = await api.UpdateViewAsync("V0NOSUCH01", Modal(), cancellationToken: Deadline.Token());

        Assert.True(updated.IsOk);
        Assert.NotEqual(opened.Value.Hash, updated.Value!.Hash);
        Assert.Equal("Step two", slack.Views.Get(opened.Value.Id)!.Title);
        Assert.Equal("hash_conflict", stale.Error!.Code);
        Assert.Equal("not_found", missing.Error!.Code);
    }

    [Fact]
    public async Task App_home_is_published_per_user()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var api = services.GetRequiredService<SlackApiClient>();

        var home = await api.PublishHomeAsync("U0BOB00001", new HomeView([new HeaderBlock("Your requests")]), cancellationToken: Deadline.Token());
        var again = await api.PublishHomeAsync("U0BOB00001", new HomeView([new HeaderBlock("Still none")]), home.Value!.Hash, Deadline.Token());

        Assert.True(again.IsOk);
        Assert.Equal(home.Value.Id, again.Value!.Id);
        Assert.Equal("home", slack.Views.Home("U0BOB00001")!.Type);
        Assert.Null(slack.Views.Home("U0ALICE001"));
    }

    [Fact]
    public async Task A_view_over_250_kB_is_refused()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack);
        var blocks = Enumerable.Range(0, 100).Select(i => (Block)SectionBlock.Markdown(new string('x', 3000))).ToList();

        var result = await services.GetRequiredService<SlackApiClient>().PublishHomeAsync("U0ALICE001", new HomeView(blocks), cancellationToken: Deadline.Token());

        Assert.Equal("view_too_large", result.Error!.Code);
    }
}
