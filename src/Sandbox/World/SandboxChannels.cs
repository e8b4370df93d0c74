using ChatOps.Sandbox.Slack.Directory;

namespace ChatOps.Sandbox.World;

/// <summary>The three channels of the sandbox: request threads, operations alerts, audit anchors.</summary>
public sealed record SandboxChannels(SimChannel Provisioning, SimChannel Ops, SimChannel Audit)
{
    public static SandboxChannels Default { get; } = new(
        new SimChannel("C0PROVISN1", "provisioning"),
        new SimChannel("C0OPSCHAN1", "ops"),
        new SimChannel("C0AUDITCH1", "audit"));

    public IReadOnlyList<SimChannel> All => [Provisioning, Ops, Audit];
}
