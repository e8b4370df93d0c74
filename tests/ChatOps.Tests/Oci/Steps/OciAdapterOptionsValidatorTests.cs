using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Steps;

namespace ChatOps.Tests.Oci.Steps;

public class OciAdapterOptionsValidatorTests
{
    private const string Parent = "ocid1.tenancy.oc1..parent";

    [Fact]
    public void On_oke_the_sandbox_placeholder_cluster_is_refused_by_its_key()
    {
        var result = new OciAdapterOptionsValidator().Validate(null, new OciOptions { Auth = "OkeWorkloadIdentity", ParentTenancyId = Parent });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Oci:WorkloadIdentity:ClusterId must be set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("OkeWorkloadIdentity", "ocid1.cluster.oc1.ap-tokyo-1.aaaaaaaarealcluster")]
    [InlineData("ConfigFile", OciWorkloadIdentityOptions.SandboxClusterId)]
    public void A_named_cluster_on_oke_or_the_placeholder_elsewhere_is_accepted(string auth, string clusterId)
    {
        var options = new OciOptions { Auth = auth, ParentTenancyId = Parent, WorkloadIdentity = new OciWorkloadIdentityOptions { ClusterId = clusterId } };

        Assert.True(new OciAdapterOptionsValidator().Validate(null, options).Succeeded);
    }
}
