using ChatOps.Bot.Slack;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Tests.Chat.Support;

/// <summary>
/// The configuration of a test bot: pointed at the simulator, English, approvers and operators as the
/// simulator's user groups with four-eyes on, and every simulated duration and retry delay short.
/// </summary>
internal static class ChatOpsSettings
{
    private static readonly string[] TimedSteps = ["CreatingTenancy", "ActivatingRegions", "CreatingCompartment", "ApplyingTemplate", "ReportingToGcas"];

    public static Dictionary<string, string?> For(SlackSimulator slack, SlackMode mode, string storePath, IDictionary<string, string?>? overrides)
    {
        var values = new Dictionary<string, string?>(slack.BotConfiguration())
        {
            ["Slack:Mode"] = mode.ToString(),
            ["Slack:Language"] = "en",
            ["Storage:Path"] = storePath,
            ["Authorization:Approvers:0"] = "S0APPROVE1",
            ["Authorization:Operators:0"] = "S0OPERATE1",
            ["Authorization:FourEyes"] = "true",
            ["Simulation:Latency"] = "00:00:00",
            ["Simulation:TenancyDuration"] = "00:00:00.05",
            ["Simulation:RegionDuration"] = "00:00:00.05",
            ["Outbox:BaseDelay"] = "00:00:00.02",
            ["Outbox:MaxDelay"] = "00:00:00.2",
        };
        foreach (var state in TimedSteps)
        {
            values[$"Workflow:Steps:{state}:BaseDelay"] = "00:00:00.05";
            values[$"Workflow:Steps:{state}:MaxDelay"] = "00:00:00.2";
            values[$"Workflow:Steps:{state}:PollInterval"] = "00:00:00.05";
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return values;
    }
}
