using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Operations.Doctor;

/// <summary>OCI auth works and the bot can read its parent tenancy (a harmless GetTenancy in the home region).</summary>
internal sealed class OciDoctorCheck(OciTenancyClient tenancies, IOptions<OciOptions> options) : IDoctorCheck
{
    public string Name => "oci";

    public async Task<DoctorFinding> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Region is not { Length: > 0 } region || settings.ParentTenancyId is not { Length: > 0 } parent)
        {
            return DoctorFinding.Failed(Name, "Oci:Region or Oci:ParentTenancyId is not set", "Set Oci__Region (the parent's home region) and Oci__ParentTenancyId.");
        }

        var result = await tenancies.GetTenancyAsync(region, parent, cancellationToken);
        if (result.IsSuccess)
        {
            return DoctorFinding.Ok(Name, $"{settings.Auth} auth; read parent tenancy {result.Value!.Name} in {region}");
        }

        var error = result.Error!;
        var fix = error.HttpStatus switch
        {
            401 => "The signature was refused: check Oci__Auth (OkeWorkloadIdentity in OKE) and the cluster/workload identity setup, or the key of the config-file profile.",
            403 or 404 => "Authenticated but not allowed: add the parent-tenancy policies for the bot's workload identity (docs/operations.md, IAM policies).",
            0 => "No answer from OCI: check egress to *.oraclecloud.com:443 and Oci__Endpoints__* overrides.",
            _ => "See the OCI error code and opc-request-id in the detail.",
        };
        return DoctorFinding.Failed(Name, $"{error.Code} (HTTP {error.HttpStatus}): {error.Message} [opc-request-id {error.OpcRequestId}]", fix);
    }
}
