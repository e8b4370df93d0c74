using System.CommandLine;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Cli;

internal static class WorkflowCommand
{
    public static Command Create()
    {
        var diagram = new Command("diagram", "Print the Mermaid state diagram generated from the workflow configuration.");
        diagram.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.WriteLine(RequestWorkflow.MermaidDiagram());
            return 0;
        });
        var command = new Command("workflow", "Inspect the provisioning workflow.");
        command.Subcommands.Add(diagram);
        return command;
    }
}
