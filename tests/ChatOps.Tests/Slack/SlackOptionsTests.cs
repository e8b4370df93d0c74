using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Slack;

public class SlackOptionsTests
{
    private const string BotToken = "xoxb-1-2-secretbotvalue";
    private const string AppToken = "xapp-1-A1-2-secretappvalue";

    [Fact]
    public void Defaults_follow_the_design()
    {
        var options = new SlackOptions();

        Assert.Equal((SlackMode.SocketMode, "https://slack.com/api/", "/provision", "ja"), (options.Mode, options.ApiBaseUrl, options.Command, options.Language));
        Assert.Equal(new Uri("http://127.0.0.1:5/api/"), (options with { ApiBaseUrl = "http://127.0.0.1:5/api" }).ApiBaseUri);
    }

    [Theory]
    [InlineData("SocketMode", "xoxb-1", "", "", "Slack:AppToken")]
    [InlineData("SocketMode", "xoxb-1", "xoxb-wrong-kind", "", "Slack:AppToken")]
    [InlineData("SocketMode", "xoxp-user-token", AppToken, "", "Slack:BotToken")]
    [InlineData("Http", BotToken, "", "", "Slack:SigningSecret")]
    public void Missing_or_wrong_tokens_are_named_by_key(string mode, string bot, string app, string secret, string key)
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { Mode = Enum.Parse<SlackMode>(mode), BotToken = bot, AppToken = app, SigningSecret = secret });

        Assert.True(result.Failed);
        var message = Assert.Single(result.Failures!);
        Assert.Contains(key, message, StringComparison.Ordinal);
        Assert.All(new[] { bot, app, secret }.Where(v => v.Length > 0), value => Assert.DoesNotContain(value, message, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_keys_are_checked_too()
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions
        {
            BotToken = BotToken,
            AppToken = AppToken,
            ApiBaseUrl = "slack.com/api",
            Command = "provision",
            Language = "fr",
            ChannelId = "#general",
        });

        Assert.Equal(4, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Slack:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Slack:Command", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Slack:Language", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Slack:ChannelId", StringComparison.Ordinal));
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions { BotToken = BotToken, AppToken = AppToken, ChannelId = "C0123ABCD" }).Succeeded);
    }

    [Fact]
    public async Task A_host_with_bad_slack_configuration_fails_at_start_naming_the_key()
    {
        using var host = Host(new() { ["Slack:BotToken"] = BotToken });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Slack:AppToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(BotToken, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SocketMode", true)]
    [InlineData("Http", false)]
    public void The_socket_mode_service_is_registered_only_in_socket_mode(string mode, bool registered)
    {
        using var host = Host(new() { ["Slack:BotToken"] = BotToken, ["Slack:AppToken"] = AppToken, ["Slack:SigningSecret"] = "s", ["Slack:Mode"] = mode });

        Assert.Equal(registered, host.Services.GetServices<IHostedService>().OfType<SocketModeService>().Any());
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IInbox, InMemoryInbox>();
        builder.Services.AddSingleton<IAuditTrail, RecordingAuditTrail>();
        builder.Services.AddSlack(configuration);
        return builder.Build();
    }
}
