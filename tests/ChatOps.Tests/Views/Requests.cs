using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Views;

/// <summary>Stored requests as the views see them, built directly so each test states exactly what it needs.</summary>
internal static class Requests
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static ProvisioningRequest In(RequestState state, UsageMode mode = UsageMode.Single, RequestState? failedStep = null, string organisation = "千代田区") => new()
    {
        Id = "PR-7",
        Number = 7,
        GcasApplicationId = "GCAS-7",
        RawPayload = "{}",
        State = state,
        FailedStep = failedStep,
        CreatedAt = Start,
        UpdatedAt = Start.AddMinutes(90),
        StateEnteredAt = Start.AddMinutes(90),
        Application = new ValidatedApplication(
            "GCAS-7", OrganizationKind.LocalGovernment, organisation, "131016", "住民記録システム", mode,
            [new EnvironmentPlan(EnvironmentType.Production, 1, "prd", "lg131016prd"), new EnvironmentPlan(EnvironmentType.Staging, 1, "stg", "lg131016stg")],
            "ap-tokyo-1", ["ap-osaka-1"], ["admin@city.example.lg.jp"], null, null, null),
        History = [new StateVisit(RequestState.Received, Start, "gcas"), new StateVisit(RequestState.AwaitingApproval, Start, "chatops")],
    };

    public static ProvisioningRequest Visited(this ProvisioningRequest request, params RequestState[] states) =>
        request with { History = request.History.AddRange(states.Select(s => new StateVisit(s, Start, "chatops"))) };

    public static ProvisioningRequest ApprovedBy(this ProvisioningRequest request, string name) =>
        request with { Approval = new Decision(Actor.Human("U0APPROVER", name), Start.AddMinutes(5)) };
}
