namespace ChatOps.Sandbox.Oci.State;

/// <summary>
/// Everything the simulated OCI holds, in memory. Callers take <see cref="Gate"/> around every read-modify-write;
/// nothing inside awaits while holding it.
/// </summary>
internal sealed class SimState
{
    public SimState(OciSimulatorOptions options)
    {
        var now = options.Time.GetUtcNow();
        ParentTenancyId = SimIds.New("tenancy");
        OrganizationId = SimIds.New("organization");
        SubscriptionId = SimIds.New("organizationssubscription");
        OrganizationCreated = now;
        Tenancies[ParentTenancyId] = new SimTenancy(
            ParentTenancyId, options.ParentTenancyName, options.ParentHomeRegion, IsParent: true, now, now, "OPTED_IN");
        foreach (var region in options.ParentRegions.Append(options.ParentHomeRegion).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = SimRegions.KeyOf(region) ?? throw new ArgumentException($"Unknown region {region}.", nameof(options));
            Subscriptions.Add(new SimRegionSubscription(
                ParentTenancyId, key, SimRegions.NameOf(key)!, region.Equals(options.ParentHomeRegion, StringComparison.OrdinalIgnoreCase), now));
        }

        AddTenancyDefaults(ParentTenancyId, options.ParentHomeRegion);
        if (options.ChildAdminPolicyGrantsParent)
        {
            // The parent's half of "the organization already lets the parent in": its principals are endorsed into
            // every tenancy; each child's administrator policy supplies the other half.
            PutPolicy(ParentTenancyId, "organization_children_access", "Lets the parent's principals into the organization's children",
                ["Endorse any-user to manage all-resources in any-tenancy"], now);
        }
    }

    public Lock Gate { get; } = new();

    public string ParentTenancyId { get; }

    public string OrganizationId { get; }

    public string SubscriptionId { get; }

    public DateTimeOffset OrganizationCreated { get; }

    public Dictionary<string, SimTenancy> Tenancies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimWorkRequest> WorkRequests { get; } = new(StringComparer.Ordinal);

    public List<SimRegionSubscription> Subscriptions { get; } = [];

    private readonly Dictionary<string, SimIamResource> _resources = new(StringComparer.Ordinal);

    // The same resources by tenancy: every call works inside one or two tenancies, and scanning all of a wave's
    // tens of thousands under the gate made the simulator the slowest part of the run.
    private readonly Dictionary<string, Dictionary<string, SimIamResource>> _byTenancy = new(StringComparer.Ordinal);

    /// <summary>Every IAM and tag resource by OCID; change them through <see cref="Put"/>.</summary>
    public IReadOnlyDictionary<string, SimIamResource> Resources => _resources;

    public Dictionary<string, int> AuditRetentionDays { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimCloudGuard> CloudGuard { get; } = new(StringComparer.Ordinal);

    public void AddTenancyDefaults(string tenancyId, string homeRegion)
    {
        AuditRetentionDays[tenancyId] = 365;
        CloudGuard[tenancyId] = new SimCloudGuard("DISABLED", homeRegion, SelfManageResources: false);
    }

    /// <summary>Creates the policy in the tenancy's root compartment, or replaces the statements of the one with that name.</summary>
    public SimIamResource PutPolicy(string tenancyId, string name, string description, IReadOnlyList<string> statements, DateTimeOffset now)
    {
        var existing = OfKind(SimKind.Policy, tenancyId).FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var policy = existing is null
            ? new SimIamResource(SimKind.Policy, SimIds.New("policy"), tenancyId, tenancyId, name, description, now) { Statements = statements }
            : existing with { Statements = statements, Version = existing.Version + 1 };
        Put(policy);
        return policy;
    }

    /// <summary>Adds a resource, or replaces the one with its OCID (it never moves to another tenancy).</summary>
    public void Put(SimIamResource resource)
    {
        _resources[resource.Id] = resource;
        if (!_byTenancy.TryGetValue(resource.TenancyId, out var inTenancy))
        {
            _byTenancy[resource.TenancyId] = inTenancy = new(StringComparer.Ordinal);
        }

        inTenancy[resource.Id] = resource;
    }

    /// <summary>The resources of one tenancy.</summary>
    public IEnumerable<SimIamResource> InTenancy(string tenancyId) =>
        _byTenancy.TryGetValue(tenancyId, out var inTenancy) ? inTenancy.Values : [];

    public IEnumerable<SimIamResource> OfKind(SimKind kind, string tenancyId) => InTenancy(tenancyId).Where(r => r.Kind == kind);

    /// <summary>The tenancy a compartment (or the tenancy itself, its root compartment) belongs to.</summary>
    public string? TenancyOf(string compartmentId) =>
        Tenancies.ContainsKey(compartmentId)
            ? compartmentId
            : _resources.TryGetValue(compartmentId, out var resource) && resource.Kind == SimKind.Compartment ? resource.TenancyId : null;

    public IEnumerable<SimIamResource> OfKind(SimKind kind) => _resources.Values.Where(r => r.Kind == kind);
}
