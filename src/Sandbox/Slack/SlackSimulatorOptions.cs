using ChatOps.Sandbox.Slack.Directory;

namespace ChatOps.Sandbox.Slack;

/// <summary>Everything about the simulated workspace and its timings. Defaults give a small realistic workspace.</summary>
public sealed record SlackSimulatorOptions
{
    public string BotToken { get; init; } = "xoxb-0000000001-0000000002-sandboxbottoken0000001";

    public string AppToken { get; init; } = "xapp-1-A0SANDBOX1-0000000003-sandboxapptoken000000000001";

    public string SigningSecret { get; init; } = "sandbox0signing0secret0000000001";

    public string TeamId { get; init; } = "T0SANDBOX1";

    public string TeamDomain { get; init; } = "govcloud-sandbox";

    public string AppId { get; init; } = "A0SANDBOX1";

    public string BotUserId { get; init; } = "U0CHATOPS1";

    public string BotId { get; init; } = "B0CHATOPS1";

    public string BotName { get; init; } = "chatops";

    public SlackDeliveryMode Delivery { get; init; } = SlackDeliveryMode.SocketMode;

    /// <summary>For HTTP delivery: the bot's base URL; requests go to slack/commands, slack/interactions and slack/events under it.</summary>
    public Uri? BotUrl { get; init; }

    public IReadOnlyList<SimUser> Users { get; init; } =
    [
        new("U0ALICE001", "alice", "Alice Sato", "alice@example.go.jp"),
        new("U0BOB00001", "bob", "Bob Suzuki", "bob@example.go.jp"),
        new("U0CAROL001", "carol", "Carol Tanaka", "carol@example.go.jp"),
    ];

    public IReadOnlyList<SimUserGroup> UserGroups { get; init; } =
    [
        new("S0APPROVE1", "approvers", ["U0ALICE001", "U0CAROL001"]),
        new("S0OPERATE1", "operators", ["U0BOB00001"]),
    ];

    public IReadOnlyList<SimChannel> Channels { get; init; } =
    [
        new("C0REQUEST1", "gov-provisioning"),
        new("C0OPSALRT1", "ops-alerts"),
        new("C0AUDITLG1", "audit-anchors"),
        new("G0PRIVATE1", "secret-ops", IsPrivate: true, BotIsMember: false),
    ];

    public IReadOnlyList<string> Scopes { get; init; } = ["commands", "chat:write", "users:read", "usergroups:read", "channels:read", "groups:read"];

    public bool HomeTabEnabled { get; init; } = true;

    /// <summary>Per-method calls allowed per minute (e.g. <c>chat.postMessage</c> → 60); methods not listed are unlimited.</summary>
    public IReadOnlyDictionary<string, int> RateLimitsPerMinute { get; init; } = new Dictionary<string, int>();

    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan TriggerLifetime { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan ResponseUrlLifetime { get; init; } = TimeSpan.FromMinutes(30);

    public int ResponseUrlUses { get; init; } = 5;

    /// <summary>Events not acknowledged are delivered again, up to this many times (Slack: 3).</summary>
    public int MaxEventRetries { get; init; } = 3;

    /// <summary>Waits before each HTTP event retry (Slack: immediately, 1 min, 5 min).</summary>
    public IReadOnlyList<TimeSpan> EventRetryDelays { get; init; } = [TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    /// <summary>After a <c>warning</c> or <c>refresh_requested</c>, how long the old socket stays open if the bot does not close it.</summary>
    public TimeSpan DisconnectGrace { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public int Port { get; init; }
}
