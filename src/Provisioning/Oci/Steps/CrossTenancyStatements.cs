namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// The cross-tenancy policy statements that let the bot's own OKE workload identity (which lives in the parent
/// tenancy) manage a child tenancy. Grammar from OCI's Identity docs, "Cross-Tenancy Access Policies"
/// (https://docs.oracle.com/en-us/iaas/Content/Identity/policieshow/iam-cross-domain.htm): the destination (child)
/// defines the source tenancy and admits it, the source (parent) defines the destination and endorses its
/// principals into it, each Define in the same policy as the statement using its alias. The <c>where all {...}</c>
/// conditions narrow "any-user" to the bot's workload, as in the OKE docs, "Granting Workloads Access to OCI
/// Resources" (https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contenggrantingworkloadaccesstoresources.htm):
/// request.principal.type = 'workload', .namespace, .service_account, .cluster_id.
/// </summary>
internal static class CrossTenancyStatements
{
    public const string ParentAlias = "ChatOpsParent";

    public const string ChildPolicyName = "chatops-bot-admit";

    public static string ParentPolicyName(string tenancyName) => $"chatops-bot-endorse-{tenancyName}";

    public static string Conditions(OciWorkloadIdentityOptions identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return "where all {request.principal.type = 'workload', "
            + $"request.principal.namespace = '{identity.Namespace}', "
            + $"request.principal.service_account = '{identity.ServiceAccount}', "
            + $"request.principal.cluster_id = '{identity.ClusterId}'}}";
    }

    /// <summary>For the child's own administrator, in the child's root compartment.</summary>
    public static IReadOnlyList<string> Child(string parentTenancyId, OciWorkloadIdentityOptions identity) =>
    [
        $"Define tenancy {ParentAlias} as {parentTenancyId}",
        $"Admit any-user of tenancy {ParentAlias} to manage all-resources in tenancy {Conditions(identity)}",
    ];

    /// <summary>For the parent's administrator, in the parent's root compartment; the child's name serves as its alias.</summary>
    public static IReadOnlyList<string> Parent(string childAlias, string childTenancyId, OciWorkloadIdentityOptions identity) =>
    [
        $"Define tenancy {childAlias} as {childTenancyId}",
        $"Endorse any-user to manage all-resources in tenancy {childAlias} {Conditions(identity)}",
    ];
}
