using System.Text.Json.Nodes;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Workflow.Events;

namespace ChatOps.Provisioning.Workflow.Transitions;

/// <summary>
/// Everything a state change causes besides the state itself, decided in one place: the audit entry, the
/// thread event, the status event GCAS should know about, and the applicant's e-mail.
/// </summary>
internal static class TransitionEffects
{
    public static void Add(ChangeBuilder builder, RequestState from, RequestState to, Trigger trigger, Actor actor, string? text, StepError? error)
    {
        var request = builder.Request;
        var details = new JsonObject { ["from"] = from.ToString(), ["to"] = to.ToString(), ["trigger"] = trigger.ToString() };
        if (text is not null)
        {
            details["text"] = text;
        }

        if (error is not null)
        {
            details["error"] = error.ToString();
        }

        builder.Audit(actor, "request." + AuditAction(trigger), details);
        builder.Event(new RequestEvent(request.Id, RequestEventKind.Transitioned, builder.Now, actor, from, to, trigger, text, error,
            Problems: trigger == Trigger.RejectInvalid ? request.Problems : null));

        if (from == to)
        {
            return;
        }

        switch (to)
        {
            case RequestState.AwaitingApproval:
                builder.Gcas(GcasStatus.Accepted);
                break;
            case RequestState.CreatingTenancy or RequestState.ActivatingRegions or RequestState.AwaitingCredentials
                or RequestState.CreatingCompartment or RequestState.ApplyingTemplate:
                builder.Gcas(GcasStatus.InProgress, step: to.ToString());
                break;
            case RequestState.ReportingToGcas:
                builder.Gcas(GcasStatus.Completed, tenancies: ProvisionedTenancies.From(request));
                builder.Request = builder.Request with { Progress = builder.Request.Progress.SetItem(Steps.GcasReportStep.CompletedEventKey, builder.LastGcasKey!) };
                break;
            case RequestState.Failed:
                builder.Gcas(GcasStatus.Failed, step: from.ToString(), message: error?.ToString());
                break;
            case RequestState.Rejected:
                var reasons = Reasons(request, text);
                builder.Gcas(GcasStatus.Rejected, reasons: reasons);
                AddEmail(builder, RequesterNoticeKind.Rejected, reasons);
                break;
            case RequestState.Cancelled:
                builder.Gcas(GcasStatus.Cancelled, message: text);
                break;
            case RequestState.Completed:
                AddEmail(builder, RequesterNoticeKind.Completed, []);
                break;
        }
    }

    private static IReadOnlyList<string> Reasons(ProvisioningRequest request, string? text) =>
        request.Problems.Count > 0
            ? [.. request.Problems.Select(p => $"{p.Field}: {p.MessageJa} / {p.MessageEn}")]
            : [text ?? "rejected"];

    private static void AddEmail(ChangeBuilder builder, RequesterNoticeKind kind, IReadOnlyList<string> reasons)
    {
        var request = builder.Request;
        IReadOnlyList<string> recipients = request.Application?.AdminEmails
            ?? (request.Summary.AdminEmail is { } email && EmailAddressRule.IsValid(email) ? [email] : []);
        if (recipients.Count == 0)
        {
            return;
        }

        builder.Email(new RequesterNotice(
            kind,
            request.Id,
            request.GcasApplicationId,
            request.Application?.OrganizationName ?? request.Summary.OrganizationName ?? string.Empty,
            request.Application?.SystemName ?? request.Summary.SystemName ?? string.Empty,
            recipients,
            kind == RequesterNoticeKind.Completed ? ProvisionedTenancies.From(request) : [],
            reasons));
    }

    private static string AuditAction(Trigger trigger) => trigger switch
    {
        Trigger.Accept => "accepted",
        Trigger.RejectInvalid => "rejected_invalid",
        Trigger.Approve => "approved",
        Trigger.Reject => "rejected",
        Trigger.TenancyCreated => "tenancy_created",
        Trigger.RegionsActivated => "regions_activated",
        Trigger.ConfirmCredentials => "credentials_confirmed",
        Trigger.CredentialsVerified => "credentials_verified",
        Trigger.CompartmentCreated => "compartment_created",
        Trigger.TemplateApplied => "template_applied",
        Trigger.Reported => "reported",
        Trigger.Fail => "failed",
        Trigger.Retry => "retried",
        _ => "cancelled",
    };
}
