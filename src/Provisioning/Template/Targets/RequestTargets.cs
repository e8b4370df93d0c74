using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Workflow;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Template.Targets;

/// <summary>
/// The template target of each environment of a request, from what earlier steps recorded: single use, the child
/// tenancy (<c>tenancy.{env}.id</c>) whose home region is the application's; shared use, the organisation's
/// compartment (<c>compartment.{env}.id</c>) in <c>Oci:SharedTenancyId</c> (else <c>Oci:ParentTenancyId</c>), whose
/// home region is read from OCI.
/// </summary>
internal sealed class RequestTargets(IOptions<OciOptions> options)
{
    public (TemplateTarget? Target, TemplateFailure? Error) For(ProvisioningRequest request, EnvironmentPlan environment)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(environment);
        var application = request.Application ?? throw new InvalidOperationException($"Request {request.Id} has no validated application.");
        var values = Values(application, environment);
        if (application.UsageMode == UsageMode.Single)
        {
            var key = ProgressKeys.TenancyId(environment.Key);
            return request.ProgressValue(key) is { } tenancyId
                ? (new TemplateTarget(tenancyId) { HomeRegion = application.HomeRegion, Values = values, EnvironmentKey = environment.Key }, null)
                : (null, TemplateErrors.Of(TemplateErrors.TargetMissing, $"no child tenancy is recorded for environment {environment.Key} ({key})"));
        }

        var compartmentKey = ProgressKeys.CompartmentId(environment.Key);
        var sharedTenancy = options.Value.SharedTenancyId ?? options.Value.ParentTenancyId;
        if (request.ProgressValue(compartmentKey) is not { } compartmentId)
        {
            return (null, TemplateErrors.Of(TemplateErrors.TargetMissing, $"no compartment is recorded for environment {environment.Key} ({compartmentKey})"));
        }

        return sharedTenancy is null
            ? (null, TemplateErrors.Of(TemplateErrors.TargetMissing, "shared use needs Oci:SharedTenancyId (or Oci:ParentTenancyId)"))
            : (new TemplateTarget(sharedTenancy) { CompartmentId = compartmentId, Values = values, EnvironmentKey = environment.Key }, null);
    }

    public static IReadOnlyDictionary<string, string> Values(ValidatedApplication application, EnvironmentPlan environment)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(environment);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplatePlaceholders.TenancyName] = environment.TenancyName,
            [TemplatePlaceholders.OrgCode] = OrgCode(application),
            [TemplatePlaceholders.OrgName] = application.OrganizationName,
            [TemplatePlaceholders.Environment] = environment.Key,
        };
    }

    // 団体コード when there is one; otherwise the tail of the application id, as tenancy names are derived.
    private static string OrgCode(ValidatedApplication application)
    {
        if (application.LgCode is { Length: > 0 } code)
        {
            return code;
        }

        var slug = new string([.. application.ApplicationId.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return slug.Length > 10 ? slug[^10..] : slug;
    }
}
