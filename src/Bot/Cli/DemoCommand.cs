using System.CommandLine;
using ChatOps.Bot.Demo;

namespace ChatOps.Bot.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--applications") { Description = "How many applications to run.", DefaultValueFactory = _ => 20 };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                result.AddError("--applications must be between 1 and 10000.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("demo", "Run applications headless through the whole workflow on the simulated cloud, with an automatic operator.")
        {
            count,
            json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var (outcomes, audit, path) = await DemoRunner.RunAsync(parseResult.GetValue(count), TimeSpan.FromMinutes(10), cancellationToken);
            if (parseResult.GetValue(json))
            {
                DemoReport.WriteJson(output, outcomes, audit, path);
            }
            else
            {
                DemoReport.WriteText(output, outcomes, audit, path);
            }

            return outcomes.All(o => o.AsExpected) && audit.IsIntact ? 0 : 1;
        });
        return command;
    }
}
