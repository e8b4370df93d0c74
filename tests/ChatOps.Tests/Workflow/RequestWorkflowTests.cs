using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Workflow;

public class RequestWorkflowTests
{
    private static readonly ValidatedApplication SingleUse = new(
        "A", OrganizationKind.LocalGovernment, "千代田区", "131016", "住民記録", UsageMode.Single,
        [new EnvironmentPlan(EnvironmentType.Production, 1, "prd", "lg131016prd")], "ap-tokyo-1", [], ["a@example.jp"], null, null, null);

    /// <summary>Every (state, trigger) pair that is allowed and where it leads; every other pair must be refused.</summary>
    private static readonly Dictionary<(RequestState, Trigger), RequestState> Allowed = Build();

    public static TheoryData<RequestState, Trigger> AllPairs()
    {
        var data = new TheoryData<RequestState, Trigger>();
        foreach (var state in Enum.GetValues<RequestState>())
        {
            foreach (var trigger in Enum.GetValues<Trigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public async Task Every_trigger_in_every_state_goes_where_the_design_says_or_is_refused(RequestState state, Trigger trigger)
    {
        var request = Request(state, UsageMode.Single, failedStep: RequestState.ApplyingTemplate);

        var target = await RequestWorkflow.FireAsync(request, trigger);

        if (Allowed.TryGetValue((state, trigger), out var expected))
        {
            Assert.Equal(expected, target);
        }
        else
        {
            Assert.Null(target);
            Assert.False(RequestWorkflow.CanFire(request, trigger));
        }
    }

    [Fact]
    public async Task Approval_of_a_shared_use_application_goes_to_the_compartment_step() =>
        Assert.Equal(RequestState.CreatingCompartment, await RequestWorkflow.FireAsync(Request(RequestState.AwaitingApproval, UsageMode.Shared), Trigger.Approve));

    [Theory]
    [InlineData(RequestState.CreatingTenancy)]
    [InlineData(RequestState.ActivatingRegions)]
    [InlineData(RequestState.ReportingToGcas)]
    public async Task Retry_goes_back_into_the_step_that_failed(RequestState failedStep) =>
        Assert.Equal(failedStep, await RequestWorkflow.FireAsync(Request(RequestState.Failed, UsageMode.Single, failedStep), Trigger.Retry));

    [Fact]
    public void Terminal_states_accept_nothing()
    {
        foreach (var state in RequestStates.Terminal)
        {
            Assert.All(Enum.GetValues<Trigger>(), trigger => Assert.False(RequestWorkflow.CanFire(Request(state, UsageMode.Single), trigger)));
        }
    }

    private static ProvisioningRequest Request(RequestState state, UsageMode mode, RequestState? failedStep = null) => new()
    {
        Id = "PR-1",
        Number = 1,
        GcasApplicationId = "A",
        RawPayload = "{}",
        State = state,
        FailedStep = state == RequestState.Failed ? failedStep : null,
        Application = SingleUse with { UsageMode = mode },
    };

    private static Dictionary<(RequestState, Trigger), RequestState> Build()
    {
        var allowed = new Dictionary<(RequestState, Trigger), RequestState>
        {
            [(RequestState.Received, Trigger.Accept)] = RequestState.AwaitingApproval,
            [(RequestState.Received, Trigger.RejectInvalid)] = RequestState.Rejected,
            [(RequestState.AwaitingApproval, Trigger.Approve)] = RequestState.CreatingTenancy,
            [(RequestState.AwaitingApproval, Trigger.Reject)] = RequestState.Rejected,
            [(RequestState.CreatingTenancy, Trigger.TenancyCreated)] = RequestState.ActivatingRegions,
            [(RequestState.ActivatingRegions, Trigger.RegionsActivated)] = RequestState.AwaitingCredentials,
            [(RequestState.AwaitingCredentials, Trigger.ConfirmCredentials)] = RequestState.AwaitingCredentials,
            [(RequestState.AwaitingCredentials, Trigger.CredentialsVerified)] = RequestState.ApplyingTemplate,
            [(RequestState.CreatingCompartment, Trigger.CompartmentCreated)] = RequestState.ApplyingTemplate,
            [(RequestState.ApplyingTemplate, Trigger.TemplateApplied)] = RequestState.ReportingToGcas,
            [(RequestState.ReportingToGcas, Trigger.Reported)] = RequestState.Completed,
            [(RequestState.Failed, Trigger.Retry)] = RequestState.ApplyingTemplate,
        };
        foreach (var active in RequestStates.Active)
        {
            allowed[(active, Trigger.Fail)] = RequestState.Failed;
            allowed[(active, Trigger.Cancel)] = RequestState.Cancelled;
        }

        allowed[(RequestState.Failed, Trigger.Cancel)] = RequestState.Cancelled;
        return allowed;
    }
}
