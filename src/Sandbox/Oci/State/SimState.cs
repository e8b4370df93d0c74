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
    }

    public Lock Gate { get; } = new();

    public string ParentTenancyId { get; }

    public string OrganizationId { get; }

    public string SubscriptionId { get; }

    public DateTimeOffset OrganizationCreated { get; }

    public Dictionary<string, SimTenancy> Tenancies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimWorkRequest> WorkRequests { get; } = new(StringComparer.Ordinal);

    public List<SimRegionSubscription> Subscriptions { get; } = [];

    public Dictionary<string, SimIamResource> Resources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> AuditRetentionDays { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimCloudGuard> CloudGuard { get; } = new(StringComparer.Ordinal);

    public void AddTenancyDefaults(string tenancyId, string homeRegion)
    {
        AuditRetentionDays[tenancyId] = 365;
        CloudGuard[tenancyId] = new SimCloudGuard("DISABLED", homeRegion, SelfManageResources: false);
    }

    /// <summary>The tenancy a compartment (or the tenancy itself, its root compartment) belongs to.</summary>
    public string? TenancyOf(string compartmentId) =>
        Tenancies.ContainsKey(compartmentId)
            ? compartmentId
            : Resources.TryGetValue(compartmentId, out var resource) && resource.Kind == SimKind.Compartment ? resource.TenancyId : null;

    public IEnumerable<SimIamResource> OfKind(SimKind kind) => Resources.Values.Where(r => r.Kind == kind);
}
