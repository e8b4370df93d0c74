using System.CommandLine;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Bot.Cli;

internal static class RestoreCommand
{
    public static Command Create()
    {
        var from = new Option<FileInfo>("--from") { Description = "The backup to restore.", Required = true };
        var force = new Option<bool>("--force") { Description = "Restore even if the backup's audit chain does not verify." };
        var command = new Command("restore", "Replace the data file with a backup. The bot must be stopped.") { from, force };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var backup = parseResult.GetValue(from)!;
            if (await AdminClient.IsBotRunningAsync(cancellationToken))
            {
                await error.WriteLineAsync("The bot is running on this machine: stop it first (kubectl scale statefulset chatops --replicas=0).");
                return 2;
            }

            if (!backup.Exists)
            {
                await error.WriteLineAsync($"No backup at {backup.FullName}.");
                return 2;
            }

            var checkedBackup = StoreBackup.Describe(backup.FullName, TimeProvider.System);
            if (!checkedBackup.Audit.IsIntact && !parseResult.GetValue(force))
            {
                await error.WriteLineAsync($"The backup's audit trail is broken at {checkedBackup.Audit.FirstBreak!.Sequence}: {checkedBackup.Audit.FirstBreak.Detail} (use --force to restore anyway).");
                return 1;
            }

            var dataFile = StoreAccess.Options().Path;
            var keptAs = StoreBackup.Restore(backup.FullName, dataFile, TimeProvider.System.GetUtcNow());
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"restored {checkedBackup.Requests} requests, audit head {checkedBackup.Audit.HeadSequence}, into {Path.GetFullPath(dataFile)}; the previous file is kept as {keptAs}");
            return 0;
        });
        return command;
    }
}
