using ChatOps.Provisioning.Operations.Doctor;
namespace ChatOps.Bot.Doctor;

/// <summary>Runs every check with its own time limit; a check that throws is a failure with the exception's message.</summary>
internal static class DoctorRunner
{
    public static async Task<IReadOnlyList<DoctorFinding>> RunAsync(IEnumerable<IDoctorCheck> checks, TimeSpan timeoutPerCheck, CancellationToken cancellationToken)
    {
        var findings = new List<DoctorFinding>();
        foreach (var check in checks)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeoutPerCheck);
            try
            {
                findings.Add(await check.RunAsync(limit.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                findings.Add(DoctorFinding.Failed(check.Name, $"no answer within {timeoutPerCheck.TotalSeconds:0} s", "Check network access (egress policy, proxy, DNS) to this dependency."));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                findings.Add(DoctorFinding.Failed(check.Name, $"{exception.GetType().Name}: {exception.Message}", "See the detail; run with Logging__LogLevel__Default=Debug for more."));
            }
        }

        return findings;
    }

    public static void Print(TextWriter output, IReadOnlyList<DoctorFinding> findings)
    {
        var width = Math.Max(5, findings.Max(f => f.Check.Length));
        output.WriteLine($"{"check".PadRight(width)}  status   detail");
        output.WriteLine(new string('-', width + 60));
        foreach (var finding in findings)
        {
            var status = finding.Status switch { DoctorStatus.Ok => "ok", DoctorStatus.Failed => "FAILED", _ => "skipped" };
            output.WriteLine($"{finding.Check.PadRight(width)}  {status,-7}  {finding.Detail}");
            if (finding.Fix is not null)
            {
                output.WriteLine($"{new string(' ', width)}           fix: {finding.Fix}");
            }
        }

        var failed = findings.Count(f => f.Status == DoctorStatus.Failed);
        output.WriteLine();
        output.WriteLine(failed == 0 ? "All checks passed." : $"{failed} check(s) failed.");
    }
}
