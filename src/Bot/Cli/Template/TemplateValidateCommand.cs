using System.CommandLine;
using ChatOps.Provisioning.Template.Loading;

namespace ChatOps.Bot.Cli.Template;

/// <summary><c>chatops template validate FILE</c>: every problem as <c>FILE:LINE:COL: message</c>; exit 1 on any, 0 when valid.</summary>
internal static class TemplateValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The template file to check." };
        var command = new Command("validate", "Check a template file; print each problem as FILE:LINE:COL: message, exit code 1 on any.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            var output = parseResult.InvocationConfiguration.Output;
            var result = await TemplateLoader.LoadFileAsync(path, cancellationToken);
            if (result.Template is not { } template)
            {
                foreach (var line in result.Format(path))
                {
                    await output.WriteLineAsync(line);
                }

                await output.WriteLineAsync($"{path}: {result.Problems.Count} problem(s)");
                return 1;
            }

            await output.WriteLineAsync($"{path}: valid ({template.Label}, {template.ResourceCount} resources)");
            return 0;
        });
        return command;
    }
}
