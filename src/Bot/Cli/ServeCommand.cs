using System.CommandLine;
using ChatOps.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the bot (the default when no command is given). Without a Slack token it runs the local sandbox.");
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        try
        {
            await using var bot = await ServeHost.BuildAsync(null, cancellationToken);
            await bot.App.StartAsync(cancellationToken);
            if (bot.Sandbox is { } sandbox)
            {
                foreach (var line in sandbox.Page.ConsoleLines())
                {
                    await output.WriteLineAsync(line);
                }
            }

            await bot.App.WaitForShutdownAsync(cancellationToken);
            return 0;
        }
        catch (OptionsValidationException exception)
        {
            // A bad configuration stops the start with the key and what is wrong, not a stack trace.
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("Configuration error: " + string.Join(Environment.NewLine + "  ", exception.Failures));
            return 1;
        }
    }
}
