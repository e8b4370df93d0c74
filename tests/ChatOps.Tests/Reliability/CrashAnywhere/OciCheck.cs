using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>What OCI holds after the run: one child tenancy per single-use environment, nothing created twice.</summary>
internal static class OciCheck
{
    public static void NoDuplicates(SandboxWorld world, IReadOnlyList<CrashApplication> applications, IReadOnlyDictionary<string, ProvisioningRequest> requests)
    {
        var children = world.Oci.Tenancies().Where(t => !t.IsParent).ToList();
        var expected = applications.Where(a => !a.SharedUse).Sum(a => a.Environments);
        Assert.True(children.Count == expected, $"{children.Count} child tenancies for {expected} single-use environments: {string.Join(", ", children.Select(c => c.Name))}");
        Assert.Equal(children.Count, children.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(children, c => Assert.Equal("ACTIVE", c.LifecycleState));

        // Every tenancy OCI made is one a request recorded, and the other way round: none orphaned by a kill.
        var recorded = requests.Values
            .SelectMany(r => r.Application!.Environments.Select(e => r.ProgressValue(ProgressKeys.TenancyId(e.Key))))
            .OfType<string>()
            .ToList();
        Assert.Equal(children.Select(c => c.Id).Order(StringComparer.Ordinal), recorded.Order(StringComparer.Ordinal));

        foreach (var kind in Enum.GetValues<SimKind>())
        {
            var twice = world.Oci.Resources(kind)
                .GroupBy(r => (r.TenancyId, r.ParentId, r.Name))
                .Where(g => g.Count() > 1)
                .Select(g => $"{g.Key.Name} x{g.Count()} in {g.Key.ParentId}")
                .ToList();
            Assert.True(twice.Count == 0, $"{kind} created more than once: {string.Join("; ", twice)}");
        }

        var sharedCompartments = world.Oci.Resources(SimKind.Compartment, world.Oci.ParentTenancyId)
            .Select(c => c.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var application in applications.Where(a => a.SharedUse))
        {
            var request = requests[application.ApplicationId];
            Assert.All(request.Application!.Environments, e => Assert.Contains(request.ProgressValue(ProgressKeys.CompartmentId(e.Key)) ?? "(none)", sharedCompartments));
        }
    }
}
