using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Workflow.Transitions;

/// <summary>
/// Fires a trigger on a request and returns the whole resulting change (new state, decision, schedule, audit,
/// GCAS events, thread events, e-mails), or null when the workflow does not permit the trigger in the current state.
/// </summary>
public static class RequestTransitions
{
    public static async Task<ChangeBuilder?> FireAsync(
        ProvisioningRequest request,
        Trigger trigger,
        Actor actor,
        DateTimeOffset now,
        string? text = null,
        StepError? error = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RequestWorkflow.FireAsync(request, trigger) is not { } target)
        {
            return null;
        }

        var from = request.State;
        var next = request with { State = target };
        if (target != from)
        {
            next = next with
            {
                StateEnteredAt = now,
                History = request.History.Add(new StateVisit(target, now, actor.Id)),
                Attempt = 0,
                LastError = target == RequestState.Failed ? error : null,
                FailedStep = target == RequestState.Failed ? from : null,
            };
        }

        var decision = new Decision(actor, now, text);
        next = trigger switch
        {
            Trigger.Approve => next with { Approval = decision },
            Trigger.Reject or Trigger.RejectInvalid => next with { Rejection = decision },
            Trigger.ConfirmCredentials => next with { CredentialsConfirmation = decision },
            Trigger.Cancel => next with { Cancellation = decision },
            _ => next,
        };
        next = next with { DueAt = RequestStates.IsActive(target) ? now : null };

        var builder = new ChangeBuilder(request, now) { Request = next };
        TransitionEffects.Add(builder, from, target, trigger, actor, text, error);
        return builder;
    }
}
