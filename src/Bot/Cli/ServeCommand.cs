using System.CommandLine;
using ChatOps.Bot.Hosting;

namespace ChatOps.Bot.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the bot (the default when no command is given).");
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var app = ServeHost.Build([]);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
