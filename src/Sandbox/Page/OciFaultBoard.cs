using ChatOps.Sandbox.Oci;
using ChatOps.Sandbox.Oci.Control;

namespace ChatOps.Sandbox.Page;

/// <summary>Arms the OCI simulator's faults on the panel's behalf and remembers what was armed.</summary>
internal sealed class OciFaultBoard(OciSimulator oci, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<ArmedOciFault> _armed = [];
    private int _version;

    public static IReadOnlyList<OciFaultKind> Kinds { get; } =
    [
        new("throttle", "429 storm (next N calls)", 20, (f, n) => f.Throttle(n, TimeSpan.FromSeconds(1))),
        new("server-errors", "500s for the next N calls", 3, (f, n) => f.Fail(n, 500, "InternalServerError", "Internal server error (injected in the sandbox).")),
        new("limit-exceeded", "LimitExceeded on the next CreateChildTenancy", 1, (f, n) => f.Fail(n, 400, "LimitExceeded",
            "The limit for child tenancies in this organization has been reached (injected in the sandbox).", "CreateChildTenancy")),
        new("template-failures", "Template create calls fail (next N)", 3, (f, n) => f.Fail(n, 500, "InternalServerError",
            "Internal server error (injected in the sandbox).", [.. OciSimulator.TemplateCreateOperations])),
        new("work-request-failure", "Next child tenancy work request ends FAILED", 1, (f, n) => f.FailWorkRequests(n, "InternalError",
            "Tenancy creation failed (injected in the sandbox).")),
    ];

    public IReadOnlyList<ArmedOciFault> Armed
    {
        get
        {
            lock (_gate)
            {
                return [.. _armed];
            }
        }
    }

    public int Version => Volatile.Read(ref _version);

    /// <summary>Arms the named fault <paramref name="count"/> times (null: its default); null when the kind is unknown.</summary>
    public ArmedOciFault? Arm(string kind, int? count)
    {
        var known = Kinds.FirstOrDefault(k => k.Kind == kind);
        if (known is null)
        {
            return null;
        }

        var times = Math.Clamp(count ?? known.DefaultCount, 1, 1000);
        known.Arm(oci.Faults, times);
        var armed = new ArmedOciFault(known.Kind, known.Label, times, time.GetUtcNow());
        lock (_gate)
        {
            _armed.Add(armed);
        }

        Interlocked.Increment(ref _version);
        return armed;
    }

    public void Clear()
    {
        oci.Faults.Clear();
        lock (_gate)
        {
            _armed.Clear();
        }

        Interlocked.Increment(ref _version);
    }
}
