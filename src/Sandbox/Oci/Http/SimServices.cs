using ChatOps.Sandbox.Oci.Auth;
using ChatOps.Sandbox.Oci.Control;
using ChatOps.Sandbox.Oci.State;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>The parts of one simulator instance the pipeline and the routes share.</summary>
internal sealed class SimServices(OciSimulatorOptions options) : IDisposable
{
    public OciSimulatorOptions Options { get; } = options;

    public SimState State { get; } = new(options);

    public OciFaults Faults { get; } = new();

    public OciCallCounters Counters { get; } = new();

    public SimRateLimits RateLimits { get; } = new(options);

    public SimKeyRing Keys { get; } = new();

    public SimSessionTokens Tokens { get; } = new(options.Time);

    public SimRetryTokens RetryTokens { get; } = new(options.Time);

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    public void Dispose() => Tokens.Dispose();
}
