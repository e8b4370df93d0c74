using System.CommandLine;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Cli;

internal static class BackupCommand
{
    public static Command Create()
    {
        var to = new Option<FileInfo>("--to") { Description = "Where to write the copy.", Required = true };
        var command = new Command("backup", "Write a consistent copy of the data file; works while the bot runs.") { to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var target = parseResult.GetValue(to)!.FullName;
            // A running bot owns the data file: it makes the copy under its write gate. Otherwise we may open it ourselves.
            var answer = await AdminClient.PostAsync("admin/backup", new { to = target }, cancellationToken);
            if (answer is null)
            {
                var options = StoreAccess.Options();
                if (!File.Exists(options.Path))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"No data file at {Path.GetFullPath(options.Path)} (set Storage__Path).");
                    return 2;
                }

                using var store = new LiteStore(Options.Create(options), TimeProvider.System);
                StoreBackup.Write(store, target);
            }

            var result = StoreBackup.Describe(target, TimeProvider.System);
            await output.WriteLineAsync($"backup written: {result.Path} ({result.Bytes} bytes, {result.Requests} requests, taken {(answer is null ? "offline" : "by the running bot")})");
            await output.WriteLineAsync(result.Audit.IsIntact
                ? $"audit trail intact: {result.Audit.EntriesChecked} entries, head {result.Audit.HeadSequence}:{result.Audit.HeadHash}"
                : $"audit trail BROKEN at {result.Audit.FirstBreak!.Sequence}: {result.Audit.FirstBreak.Detail}");
            return result.Audit.IsIntact ? 0 : 1;
        });
        return command;
    }
}
