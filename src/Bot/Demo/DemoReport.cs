using System.Globalization;
using System.Text.Json;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Demo;

/// <summary>Prints the demo's outcome as a table with a summary, or as JSON.</summary>
internal static class DemoReport
{
    public static void WriteText(TextWriter output, IReadOnlyList<DemoOutcome> outcomes, AuditVerification audit, string storePath)
    {
        output.WriteLine($"ChatOps demo: {outcomes.Count} applications ({outcomes.Count(o => !o.Application.ExpectValid)} deliberately malformed), store {storePath}");
        output.WriteLine();
        foreach (var outcome in outcomes)
        {
            var mark = outcome.AsExpected ? "ok " : "!! ";
            output.WriteLine($"{mark}{outcome.Request.Id,-7} {outcome.Application.ApplicationId,-18} {outcome.Application.Label}");
            output.WriteLine($"      {string.Join(" → ", outcome.Path)}   ({Seconds(outcome.LeadTime)})");
        }

        var completed = outcomes.Where(o => o.Request.State == Provisioning.Workflow.RequestState.Completed).Select(o => o.LeadTime).Order().ToList();
        output.WriteLine();
        output.WriteLine($"Completed {completed.Count}, rejected {outcomes.Count(o => o.Request.State == Provisioning.Workflow.RequestState.Rejected)}, " +
            $"other {outcomes.Count(o => !o.Request.IsTerminal || o.Request.State == Provisioning.Workflow.RequestState.Cancelled)}; " +
            $"{outcomes.Count(o => !o.AsExpected)} not as expected.");
        if (completed.Count > 0)
        {
            output.WriteLine($"Lead time p50 {Seconds(Percentile(completed, 0.5))}, p90 {Seconds(Percentile(completed, 0.9))}, max {Seconds(completed[^1])}.");
        }

        output.WriteLine(audit.IsIntact
            ? $"Audit trail intact: {audit.EntriesChecked} entries, head {audit.HeadSequence}:{AuditHasher.Short(audit.HeadHash)}…"
            : $"Audit trail BROKEN at {audit.FirstBreak!.Sequence}: {audit.FirstBreak.Detail}");
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<DemoOutcome> outcomes, AuditVerification audit, string storePath)
    {
        var document = new
        {
            store = storePath,
            applications = outcomes.Select(o => new
            {
                requestId = o.Request.Id,
                applicationId = o.Application.ApplicationId,
                label = o.Application.Label,
                expectedValid = o.Application.ExpectValid,
                finalState = o.Request.State.ToString(),
                asExpected = o.AsExpected,
                path = o.Path,
                leadTimeSeconds = Math.Round(o.LeadTime.TotalSeconds, 3),
                problems = o.Request.Problems.Select(p => new { field = p.Field, ja = p.MessageJa, en = p.MessageEn }),
            }),
            summary = new
            {
                total = outcomes.Count,
                completed = outcomes.Count(o => o.Request.State == Provisioning.Workflow.RequestState.Completed),
                rejected = outcomes.Count(o => o.Request.State == Provisioning.Workflow.RequestState.Rejected),
                notAsExpected = outcomes.Count(o => !o.AsExpected),
                auditIntact = audit.IsIntact,
                auditEntries = audit.EntriesChecked,
            },
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
