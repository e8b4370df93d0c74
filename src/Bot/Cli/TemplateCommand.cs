using System.CommandLine;
using ChatOps.Bot.Cli.Template;

namespace ChatOps.Bot.Cli;

/// <summary><c>chatops template validate|plan|verify</c>: the mandatory template from the command line.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var command = new Command("template", "Check the mandatory template, and plan or verify it against a live tenancy.");
        command.Subcommands.Add(TemplateValidateCommand.Create());
        command.Subcommands.Add(TemplatePlanCommand.Create());
        command.Subcommands.Add(TemplateVerifyCommand.Create());
        return command;
    }
}
