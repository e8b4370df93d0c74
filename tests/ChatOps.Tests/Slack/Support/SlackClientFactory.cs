using ChatOps.Bot.Slack;
using ChatOps.Sandbox.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Slack.Support;

/// <summary>The Slack services as AddSlack registers them, pointed at a simulator, without starting a host.</summary>
internal static class SlackClientFactory
{
    public static ServiceProvider Create(SlackSimulator simulator, TimeProvider? time = null, SlackTuning? tuning = null, string? botToken = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = botToken ?? simulator.Options.BotToken,
            ["Slack:AppToken"] = simulator.Options.AppToken,
            ["Slack:SigningSecret"] = simulator.Options.SigningSecret,
            ["Slack:Mode"] = "Http",
            ["Slack:ApiBaseUrl"] = simulator.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSlack(configuration, tuning);
        return services.BuildServiceProvider();
    }
}
