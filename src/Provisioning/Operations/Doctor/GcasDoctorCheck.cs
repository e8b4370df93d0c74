using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Gcas.Auth;

namespace ChatOps.Provisioning.Operations.Doctor;

/// <summary>The Google token chain works (naming the failing hop), and GCAS answers a one-page listing.</summary>
internal sealed class GcasDoctorCheck(IGoogleAccessTokenSource tokens, IGcasClient gcas) : IDoctorCheck
{
    public string Name => "gcas";

    public async Task<DoctorFinding> RunAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        if (!token.Succeeded)
        {
            return DoctorFinding.Failed(Name, $"token: {token.Failure!.Message}",
                "Check Gcas__Auth__* (audience, token file or identity domain, service account) and the workload identity pool's provider settings.");
        }

        var page = await gcas.ListSubmittedApplicationsAsync(null, cancellationToken);
        return page.IsSuccess
            ? DoctorFinding.Ok(Name, $"Google token until {token.ExpiresAt:u}; GCAS lists {page.Value!.Items.Count} submitted application(s) on the first page")
            : DoctorFinding.Failed(Name, $"GCAS: {page.Failure!.Summary}", "Check Gcas__BaseUrl, egress to it, and that GCAS grants the federated identity access.");
    }
}
