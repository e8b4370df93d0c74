using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Slack;

/// <summary>The simulator's shared parts, handed to the Web API, Socket Mode and the simulated users.</summary>
internal sealed class SimulatorCore
{
    public SimulatorCore(SlackSimulatorOptions options)
    {
        Options = options;
        Ids = new SimIds(options.Time);
        Workspace = new SlackWorkspace(options);
        Views = new SlackViews(Ids);
        Grants = new SimGrants(options, Ids);
        Activity = new SlackActivityFeed(options.Time);
        Faults = new SlackFaults();
    }

    public SlackSimulatorOptions Options { get; }

    public SimIds Ids { get; }

    public SlackWorkspace Workspace { get; }

    public SlackViews Views { get; }

    public SimGrants Grants { get; }

    public SlackActivityFeed Activity { get; }

    public SlackFaults Faults { get; }

    /// <summary>Where the simulator listens (http://127.0.0.1:port/), known once the server has started.</summary>
    public Uri BaseUri { get; set; } = new("http://127.0.0.1/");

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    public void Record(SlackActivityKind kind, string via, string? channel = null, string? ts = null, string? threadTs = null,
        string? userId = null, string? viewId = null, string? text = null, string? blocksJson = null) =>
        Activity.Add((sequence, at) => new SlackActivity(sequence, kind, at, via, channel, ts, threadTs, userId, viewId, text, blocksJson));
}
