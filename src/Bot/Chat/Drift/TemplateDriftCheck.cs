using ChatOps.Provisioning.Template.Verify;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Chat.Drift;

/// <summary>
/// <c>/provision verify</c> over the template engine's verifier: each difference of each environment becomes one
/// line; an environment that could not be read is reported as such rather than as "no drift".
/// </summary>
internal sealed class TemplateDriftCheck(ITemplateVerifier verifier) : IRequestDriftCheck
{
    public async Task<DriftReport> CheckAsync(ProvisioningRequest request, CancellationToken cancellationToken)
    {
        var report = await verifier.VerifyRequestAsync(request, cancellationToken);
        var items = new List<DriftItem>();
        foreach (var environment in report.Environments)
        {
            if (environment.Error is { } error)
            {
                items.Add(new DriftItem(environment.EnvironmentKey, environment.TargetId ?? "-", "readable", error.ToString()));
                continue;
            }

            foreach (var entry in environment.Report?.Entries ?? [])
            {
                var expected = entry.Kind == DriftKind.ExtraManaged ? "absent" : entry.Kind == DriftKind.Missing ? "present" : string.Join("; ", entry.Differences.Select(d => $"{d.Field}={d.Expected}"));
                var actual = entry.Kind == DriftKind.ExtraManaged ? "present" : entry.Kind == DriftKind.Missing ? "missing" : string.Join("; ", entry.Differences.Select(d => $"{d.Field}={d.Actual}"));
                items.Add(new DriftItem(environment.EnvironmentKey, $"{entry.ResourceKind} {entry.Name}", expected, actual));
            }
        }

        var template = report.Environments.Select(e => e.Report?.Template).FirstOrDefault(t => t is not null) ?? "mandatory template";
        return new DriftReport(template, items);
    }
}
