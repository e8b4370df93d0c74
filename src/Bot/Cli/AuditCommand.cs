using System.CommandLine;
using System.Globalization;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Cli;

internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "Verify or export the hash-chained audit trail.");
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Verify()
    {
        var anchors = new Option<string[]>("--anchor")
        {
            Description = "A published head, SEQUENCE:HASH (from the audit channel); repeatable. Detects a cut-off tail.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("verify", "Check every link of the audit chain; exit code 1 at the first broken one.") { anchors };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            List<AuditAnchor> published;
            try
            {
                published = [.. (parseResult.GetValue(anchors) ?? []).Select(AuditAnchor.Parse)];
            }
            catch (FormatException exception)
            {
                error.WriteLine(exception.Message);
                return 2;
            }

            using var store = StoreAccess.OpenReadOnly(error);
            if (store is null)
            {
                return 2;
            }

            var result = new AuditTrail(store).Verify(published);
            if (result.FirstBreak is { } broken)
            {
                output.WriteLine($"BROKEN at entry {broken.Sequence} ({broken.Kind}): {broken.Detail}");
                output.WriteLine($"{result.EntriesChecked} entries read; head {result.HeadSequence}:{result.HeadHash}");
                return 1;
            }

            output.WriteLine($"intact: {result.EntriesChecked} entries, head {result.HeadSequence}:{result.HeadHash}");
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var format = new Option<string>("--format") { Description = "jsonl or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var request = new Option<string?>("--request") { Description = "Only entries of this request (e.g. PR-12)." };
        var since = new Option<string?>("--since") { Description = "Only entries at or after this time (ISO 8601)." };
        var file = new Option<FileInfo?>("--output") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write the audit trail as JSON lines or CSV.") { format, request, since, file };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            DateTimeOffset? from = null;
            if (parseResult.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    error.WriteLine($"--since takes an ISO 8601 time, not '{text}'.");
                    return 2;
                }

                from = parsed;
            }

            using var store = StoreAccess.OpenReadOnly(error);
            if (store is null)
            {
                return 2;
            }

            var target = parseResult.GetValue(file);
            using var writer = target is null ? null : new StreamWriter(target.FullName);
            var output = writer ?? parseResult.InvocationConfiguration.Output;
            var csv = parseResult.GetValue(format) == "csv";
            var onlyRequest = parseResult.GetValue(request);
            if (csv)
            {
                AuditExporter.WriteCsvHeader(output);
            }

            new AuditTrail(store).ForEach(entry =>
            {
                if (!AuditExporter.Matches(entry, onlyRequest, from))
                {
                    return;
                }

                if (csv)
                {
                    AuditExporter.WriteCsvLine(output, entry);
                }
                else
                {
                    AuditExporter.WriteJsonLine(output, entry);
                }
            });
            return 0;
        });
        return command;
    }
}
