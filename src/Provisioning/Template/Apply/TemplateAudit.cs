using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Apply;

/// <summary>The audit entries of the template step: what was created, changed or taken over, with the opc-request-id.</summary>
internal sealed class TemplateAudit(IAuditTrail trail)
{
    public const string Created = "oci.template.created";
    public const string Updated = "oci.template.updated";
    public const string Found = "oci.template.found";
    public const string Adopted = "oci.template.adopted";
    public const string TenancyUpdated = "oci.template.tenancy.updated";

    public Task ResourceAsync(ApplyRun run, string action, DesiredResource desired, string ocid, string? opcRequestId, CancellationToken cancellationToken) =>
        trail.AppendAsync(
            new AuditRecord(Actor.Bot, action, run.Request.Id, new JsonObject
            {
                ["environment"] = run.EnvironmentKey,
                ["kind"] = TemplateSchema.Of(desired.Kind).Label,
                ["key"] = desired.Key,
                ["name"] = desired.Name,
                ["ocid"] = ocid,
                ["tenancy"] = run.Scope.TenancyId,
                ["opcRequestId"] = opcRequestId,
            }),
            cancellationToken);

    public Task TenancyAsync(ApplyRun run, string setting, string from, string to, string? opcRequestId, CancellationToken cancellationToken) =>
        trail.AppendAsync(
            new AuditRecord(Actor.Bot, TenancyUpdated, run.Request.Id, new JsonObject
            {
                ["environment"] = run.EnvironmentKey,
                ["tenancy"] = run.Scope.TenancyId,
                ["setting"] = setting,
                ["from"] = from,
                ["to"] = to,
                ["opcRequestId"] = opcRequestId,
            }),
            cancellationToken);
}
