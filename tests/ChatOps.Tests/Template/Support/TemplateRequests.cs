using System.Collections.Immutable;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Template.Support;

/// <summary>Requests at the ApplyingTemplate step, and the engine's way of keeping what a step run learned.</summary>
internal static class TemplateRequests
{
    public static readonly EnvironmentPlan Production = new(EnvironmentType.Production, 1, "prd", "lg131016prd");
    public static readonly EnvironmentPlan Staging = new(EnvironmentType.Staging, 1, "stg", "lg131016stg");

    public static ProvisioningRequest Single(string id, params (EnvironmentPlan Environment, string TenancyId)[] environments) =>
        Request(id, UsageMode.Single, environments.Select(e => (e.Environment, ProgressKeys.TenancyId(e.Environment.Key), e.TenancyId)));

    public static ProvisioningRequest Shared(string id, params (EnvironmentPlan Environment, string CompartmentId)[] environments) =>
        Request(id, UsageMode.Shared, environments.Select(e => (e.Environment, ProgressKeys.CompartmentId(e.Environment.Key), e.CompartmentId)));

    public static StepContext Context(ProvisioningRequest request, TimeProvider time) => new(request, new StepPolicy(), time.GetUtcNow());

    /// <summary>What the engine does with an outcome's progress: set each value, remove the nulls.</summary>
    public static ProvisioningRequest Keep(ProvisioningRequest request, StepOutcome outcome)
    {
        var progress = request.Progress;
        foreach (var (key, value) in outcome.Progress)
        {
            progress = value is null ? progress.Remove(key) : progress.SetItem(key, value);
        }

        return request with { Progress = progress };
    }

    private static ProvisioningRequest Request(string id, UsageMode mode, IEnumerable<(EnvironmentPlan Environment, string Key, string Ocid)> environments)
    {
        var list = environments.ToList();
        var application = new ValidatedApplication(
            "GCAS-" + id, OrganizationKind.LocalGovernment, "千代田区", "131016", "住民記録システム", mode,
            [.. list.Select(e => e.Environment)], "ap-tokyo-1", ["ap-osaka-1"], ["cloud-admin@city.chiyoda.lg.jp"], null, null, null);
        return new ProvisioningRequest
        {
            Id = id,
            Number = 1,
            GcasApplicationId = application.ApplicationId,
            RawPayload = "{}",
            Application = application,
            State = RequestState.ApplyingTemplate,
            Progress = list.ToImmutableDictionary(e => e.Key, e => e.Ocid),
        };
    }
}
