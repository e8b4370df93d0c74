using System.Text.Json.Nodes;
using ChatOps.Sandbox.Page;
using ChatOps.Sandbox.World;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatOps.Tests.Sandbox.Page.Support;

/// <summary>One test's world: the simulators, the page on a free port, a bot played by the test, and a browser tab on the page.</summary>
internal sealed class PageHarness : IAsyncDisposable
{
    private PageHarness(SandboxWorld world, SandboxPage page, FakeBot bot, IPage tab)
    {
        World = world;
        Page = page;
        Bot = bot;
        Tab = tab;
    }

    public SandboxWorld World { get; }

    public SandboxPage Page { get; }

    public FakeBot Bot { get; }

    public IPage Tab { get; }

    public string Provisioning => World.Channels.Provisioning.Id;

    /// <summary>The channel's message list (not the thread panel).</summary>
    public ILocator Messages => Tab.GetByTestId("channel-messages");

    public static async Task<PageHarness> StartAsync(SandboxBrowser browser, CancellationToken cancellationToken)
    {
        var world = await SandboxWorld.StartAsync(cancellationToken: cancellationToken);
        var page = await SandboxPage.StartAsync(world, port: 0, cancellationToken);
        var bot = await FakeBot.ConnectAsync(world.Slack, cancellationToken);
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync(page.LoopbackUrl.ToString());
        await Expect(tab.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "live");
        return new PageHarness(world, page, bot, tab);
    }

    public ILocator TestId(string id) => Tab.GetByTestId(id);

    public ILocator Message(string ts) => Messages.Locator($"[data-ts='{ts}']");

    public static JsonArray Blocks(string json) => JsonNode.Parse(json)!.AsArray();

    public async ValueTask DisposeAsync()
    {
        await Tab.Context.CloseAsync();
        await Bot.DisposeAsync();
        await Page.DisposeAsync();
        await World.DisposeAsync();
    }
}
