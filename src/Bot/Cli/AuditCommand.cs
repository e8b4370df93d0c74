using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Cli;

/// <summary>
/// <c>audit verify</c> and <c>audit export</c>. When the bot runs on this machine it owns the data file, so the
/// commands ask it over the loopback admin listener; otherwise they open the file read-only themselves.
/// </summary>
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
        };
        var command = new Command("verify", "Check every link of the audit chain; exit code 1 at the first broken one.") { anchors };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var texts = parseResult.GetValue(anchors) ?? [];
            List<AuditAnchor> published;
            try
            {
                published = [.. texts.Select(AuditAnchor.Parse)];
            }
            catch (FormatException exception)
            {
                await error.WriteLineAsync(exception.Message);
                return 2;
            }

            var query = string.Join('&', texts.Select(a => "anchor=" + Uri.EscapeDataString(a)));
            if (await AdminClient.GetJsonAsync("admin/audit/verify?" + query, cancellationToken) is { } remote)
            {
                return Report(output, FromJson(remote));
            }

            using var store = StoreAccess.OpenReadOnly(error);
            return store is null ? 2 : Report(output, new AuditTrail(store).Verify(published));
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
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            DateTimeOffset? from = null;
            if (parseResult.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"--since takes an ISO 8601 time, not '{text}'.");
                    return 2;
                }

                from = parsed;
            }

            var target = parseResult.GetValue(file);
            await using var writer = target is null ? null : new StreamWriter(target.FullName);
            var output = writer ?? parseResult.InvocationConfiguration.Output;
            var csv = parseResult.GetValue(format) == "csv";
            var onlyRequest = parseResult.GetValue(request);
            var query = $"admin/audit/export?format={(csv ? "csv" : "jsonl")}"
                + (onlyRequest is null ? string.Empty : "&request=" + Uri.EscapeDataString(onlyRequest))
                + (from is null ? string.Empty : "&since=" + Uri.EscapeDataString(from.Value.ToString("O", CultureInfo.InvariantCulture)));
            if (await AdminClient.StreamAsync(query, output, cancellationToken))
            {
                return 0;
            }

            using var store = StoreAccess.OpenReadOnly(error);
            if (store is null)
            {
                return 2;
            }

            AuditExporter.Write(new AuditTrail(store), output, csv, onlyRequest, from);
            return 0;
        });
        return command;
    }

    private static int Report(TextWriter output, AuditVerification result)
    {
        if (result.FirstBreak is { } broken)
        {
            output.WriteLine($"BROKEN at entry {broken.Sequence} ({broken.Kind}): {broken.Detail}");
            output.WriteLine($"{result.EntriesChecked} entries read; head {result.HeadSequence}:{result.HeadHash}");
            return 1;
        }

        output.WriteLine($"intact: {result.EntriesChecked} entries, head {result.HeadSequence}:{result.HeadHash}");
        return 0;
    }

    private static AuditVerification FromJson(JsonElement json)
    {
        var head = AuditAnchor.Parse(json.GetProperty("head").GetString()!);
        var broken = json.GetProperty("intact").GetBoolean()
            ? null
            : new AuditBreak(json.GetProperty("breakAt").GetInt64(), Enum.Parse<AuditBreakKind>(json.GetProperty("kind").GetString()!), json.GetProperty("detail").GetString()!);
        return new AuditVerification(json.GetProperty("entries").GetInt64(), head.Sequence, head.Hash, broken);
    }
}
