using System.CommandLine;

namespace ChatOps.Bot.Cli;

/// <summary>The <c>chatops</c> command line: with no command it serves.</summary>
internal static class BotCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("ChatOps: Government Cloud OCI provisioning driven from Slack.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(WorkflowCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(BackupCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        root.Subcommands.Add(HealthcheckCommand.Create());
        root.Subcommands.Add(DoctorCommand.Create());
        root.Subcommands.Add(TemplateCommand.Create());
        root.SetAction(ServeCommand.RunAsync);
        return root;
    }
}
