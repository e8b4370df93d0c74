using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChatOps.Sandbox.Hosting;
using ChatOps.Sandbox.Oci.Control;
using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.Routes;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci;

/// <summary>
/// A wire-level OCI on loopback: Organizations, Identity, Audit and Cloud Guard on one port, told apart by path
/// and Host header (region from the Host, e.g. <c>identity.ap-osaka-1.oci.oraclecloud.com</c>). Every request's
/// signature is verified. Start with <see cref="StartAsync"/>; register the callers' API keys or let them obtain
/// session tokens from <see cref="StartProxymuxAsync"/>.
/// </summary>
public sealed class OciSimulator : IAsyncDisposable
{
    private readonly SimServices _sim;
    private readonly LoopbackServer _server;
    private readonly List<OciProxymux> _proxymuxes = [];

    private OciSimulator(SimServices sim, LoopbackServer server)
    {
        _sim = sim;
        _server = server;
    }

    /// <summary>The operations of the mandatory template, for <see cref="OciFaults"/>.</summary>
    public static IReadOnlyList<string> TemplateCreateOperations { get; } =
        ["CreateCompartment", "CreateGroup", "CreateDynamicGroup", "CreatePolicy", "CreateTagNamespace", "CreateTag", "CreateTagDefault"];

    /// <summary>Where to connect (http, 127.0.0.1, free port). Use it as <c>Oci:Endpoints:&lt;Service&gt;</c> for every service.</summary>
    public Uri BaseUri => _server.BaseUri;

    public OciSimulatorOptions Options => _sim.Options;

    public string ParentTenancyId => _sim.State.ParentTenancyId;

    public string OrganizationId => _sim.State.OrganizationId;

    public OciFaults Faults => _sim.Faults;

    public OciCallCounters Counters => _sim.Counters;

    public static async Task<OciSimulator> StartAsync(OciSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sim = new SimServices(options ?? new OciSimulatorOptions());
        var pipeline = new SimPipeline(sim);
        try
        {
            var server = await LoopbackServer.StartAsync(
                app =>
                {
                    app.UseRouting();
                    app.Use(pipeline.InvokeAsync);
                    var organizations = app.MapGroup("/20230401").WithMetadata(SimService.Organizations);
                    SimChildTenancyRoutes.Map(organizations, sim);
                    SimOrganizationRoutes.Map(organizations, sim);
                    var identity = app.MapGroup("/20160918").WithMetadata(SimService.Identity);
                    SimTenancyRoutes.Map(identity, sim);
                    SimIamRoutes.Map(identity, sim);
                    SimTagRoutes.Map(identity, sim);
                    SimTagDefaultRoutes.Map(identity, sim);
                    SimConfigurationRoutes.MapAudit(app.MapGroup("/20190901").WithMetadata(SimService.Audit), sim);
                    SimConfigurationRoutes.MapCloudGuard(app.MapGroup("/20200131").WithMetadata(SimService.CloudGuard), sim);
                },
                cancellationToken: cancellationToken);
            return new OciSimulator(sim, server);
        }
        catch
        {
            sim.Dispose();
            throw;
        }
    }

    /// <summary>The regional host name a client addresses, e.g. <c>RegionalHost("identity", "ap-osaka-1")</c>.</summary>
    public string RegionalHost(string serviceLabel, string region) =>
        serviceLabel == "audit" ? $"audit.{region}.{Options.RealmDomain}" : $"{serviceLabel}.{region}.oci.{Options.RealmDomain}";

    /// <summary>
    /// Accept requests signed by <paramref name="key"/> under <paramref name="keyId"/> (tenancy/user/fingerprint). The
    /// key's user belongs to the tenancy the keyId names; a keyId naming a tenancy the simulator does not hold is a
    /// user of the parent tenancy.
    /// </summary>
    public void RegisterApiKey(string keyId, RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _sim.Keys.Add(keyId, key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>A session token (the JWT, without <c>ST$</c>) bound to <paramref name="holderKey"/>, as a resource principal gets.</summary>
    public string IssueSessionToken(RSA holderKey, TimeSpan? lifetime = null) =>
        _sim.Tokens.Issue(holderKey, lifetime ?? Options.SessionTokenLifetime, ParentTenancyId, "resource");

    /// <summary>Starts a fake OKE proxymux over TLS with <paramref name="certificate"/> (which must have its private key).</summary>
    public async Task<OciProxymux> StartProxymuxAsync(X509Certificate2 certificate, CancellationToken cancellationToken = default)
    {
        var proxymux = new OciProxymux(_sim);
        await proxymux.StartAsync(certificate, cancellationToken);
        lock (_proxymuxes)
        {
            _proxymuxes.Add(proxymux);
        }

        return proxymux;
    }

    public IReadOnlyList<OciSimTenancy> Tenancies()
    {
        lock (_sim.State.Gate)
        {
            var now = _sim.Now;
            return _sim.State.Tenancies.Values
                .OrderBy(t => t.CreatedAt)
                .Select(t => new OciSimTenancy(
                    t.Id, t.Name, t.HomeRegion, t.IsParent, t.LifecycleState(now),
                    _sim.State.Subscriptions.Where(s => s.TenancyId == t.Id).Select(s => s.RegionName).ToList()))
                .ToList();
        }
    }

    public IReadOnlyList<OciSimResource> Resources(SimKind kind, string? tenancyId = null)
    {
        lock (_sim.State.Gate)
        {
            return (tenancyId is null ? _sim.State.OfKind(kind) : _sim.State.OfKind(kind, tenancyId))
                .OrderBy(r => r.TimeCreated)
                .Select(r => new OciSimResource(r.Kind, r.Id, r.TenancyId, r.ParentId, r.Name, r.Statements))
                .ToList();
        }
    }

    /// <summary>
    /// What an operator does by hand in the console, signed in to <paramref name="tenancyId"/> as its administrator:
    /// creates the policy <paramref name="name"/> in the root compartment, or replaces its statements. Returns the
    /// policy OCID. Statements must start with Allow, Define, Endorse or Admit.
    /// </summary>
    public string ApplyPolicyAsAdministrator(string tenancyId, string name, IReadOnlyList<string> statements)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenancyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            throw new ArgumentException("A policy needs at least one statement.", nameof(statements));
        }

        if (statements.FirstOrDefault(s => !SimPolicyGrammar.StartsWellFormed(s)) is { } wrong)
        {
            throw new ArgumentException($"A statement must start with Allow, Define, Endorse or Admit: '{wrong}'.", nameof(statements));
        }

        lock (_sim.State.Gate)
        {
            if (!_sim.State.Tenancies.TryGetValue(tenancyId, out var tenancy) || !tenancy.IsActive(_sim.Now))
            {
                throw new InvalidOperationException($"Tenancy {tenancyId} does not exist or is not active yet.");
            }

            return _sim.State.PutPolicy(tenancyId, name, "Applied by the tenancy administrator", [.. statements], _sim.Now).Id;
        }
    }

    /// <summary><see cref="ApplyPolicyAsAdministrator"/> in the parent tenancy (e.g. its Endorse statements).</summary>
    public string ApplyParentPolicyAsAdministrator(string name, IReadOnlyList<string> statements) =>
        ApplyPolicyAsAdministrator(ParentTenancyId, name, statements);

    /// <summary>Whether principals of <paramref name="callerTenancyId"/> may act in <paramref name="targetTenancyId"/> now.</summary>
    public bool CanAccess(string callerTenancyId, string targetTenancyId)
    {
        lock (_sim.State.Gate)
        {
            return SimAccess.Allows(_sim.State, callerTenancyId, targetTenancyId, Options.EnforceCrossTenancyPolicies);
        }
    }

    public int? AuditRetentionDays(string tenancyId)
    {
        lock (_sim.State.Gate)
        {
            return _sim.State.AuditRetentionDays.TryGetValue(tenancyId, out var days) ? days : null;
        }
    }

    public (string Status, string? ReportingRegion)? CloudGuard(string tenancyId)
    {
        lock (_sim.State.Gate)
        {
            return _sim.State.CloudGuard.TryGetValue(tenancyId, out var c) ? (c.Status, c.ReportingRegion) : null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<OciProxymux> proxymuxes;
        lock (_proxymuxes)
        {
            proxymuxes = [.. _proxymuxes];
        }

        foreach (var proxymux in proxymuxes)
        {
            await proxymux.DisposeAsync();
        }

        await _server.DisposeAsync();
        _sim.Dispose();
    }
}
