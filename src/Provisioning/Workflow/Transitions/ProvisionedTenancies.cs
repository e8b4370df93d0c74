using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Gcas;

namespace ChatOps.Provisioning.Workflow.Transitions;

/// <summary>What was handed over, read from a request's progress: one entry per environment that exists.</summary>
public static class ProvisionedTenancies
{
    public static IReadOnlyList<ProvisionedTenancy> From(ProvisioningRequest request)
    {
        if (request.Application is not { } application)
        {
            return [];
        }

        var shared = application.UsageMode == UsageMode.Shared;
        var result = new List<ProvisionedTenancy>();
        foreach (var environment in application.Environments)
        {
            var key = shared ? ProgressKeys.CompartmentId(environment.Key) : ProgressKeys.TenancyId(environment.Key);
            if (request.ProgressValue(key) is not { } ocid)
            {
                continue;
            }

            var console = shared
                ? $"https://cloud.oracle.com/identity/compartments/{ocid}?region={application.HomeRegion}"
                : $"https://cloud.oracle.com/?tenant={environment.TenancyName}&region={application.HomeRegion}";
            result.Add(new ProvisionedTenancy(Vocabulary.Label(environment.Type) + (environment.Index > 1 ? $"-{environment.Index}" : string.Empty),
                ocid, environment.TenancyName, application.HomeRegion, console));
        }

        return result;
    }
}
