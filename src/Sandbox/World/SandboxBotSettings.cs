using System.Globalization;
using ChatOps.Sandbox.Gcas;
using ChatOps.Sandbox.Oci;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Sandbox.World;

/// <summary>
/// The configuration keys (design §6) that point the real bot at the simulators. Written from the key names alone:
/// the sandbox does not reference the bot's options types.
/// </summary>
internal static class SandboxBotSettings
{
    // Steps whose waits and retries are shortened to match the scaled-down simulator.
    private static readonly string[] TunedSteps = ["CreatingTenancy", "ActivatingRegions", "AwaitingCredentials", "CreatingCompartment", "ApplyingTemplate", "ReportingToGcas"];

    private static readonly string[] OciServices = ["Organizations", "Identity", "Audit", "CloudGuard"];

    public static Dictionary<string, string?> Build(
        SandboxWorldOptions options, SlackSimulator slack, SandboxChannels channels, SandboxCast cast,
        GcasSandboxEnvironment gcas, OciSimulator oci, OciApiKey key)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Slack:BotToken"] = slack.Options.BotToken,
            ["Slack:AppToken"] = slack.Options.AppToken,
            ["Slack:SigningSecret"] = slack.Options.SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:Mode"] = "SocketMode",
            ["Slack:ChannelId"] = channels.Provisioning.Id,
            ["Slack:OpsChannelId"] = channels.Ops.Id,
            ["Slack:AuditChannelId"] = channels.Audit.Id,
            ["Oci:Auth"] = "ConfigFile",
            ["Oci:ConfigFile"] = key.ConfigFile,
            ["Oci:Profile"] = key.Profile,
            ["Oci:Region"] = options.Region,
            ["Oci:ParentTenancyId"] = oci.ParentTenancyId,
            // Shared-use compartments are made in an existing tenancy; the sandbox's only one is the parent.
            ["Oci:SharedTenancyId"] = oci.ParentTenancyId,
            ["Gcas:PollInterval"] = Span(options.GcasPollInterval),
        };
        Indexed(settings, "Authorization:Approvers", cast.ApproverIds);
        Indexed(settings, "Authorization:Operators", cast.OperatorIds);
        foreach (var service in OciServices)
        {
            settings[$"Oci:Endpoints:{service}"] = oci.BaseUri.GetLeftPart(UriPartial.Authority) + "/";
        }

        foreach (var (name, value) in gcas.Configuration)
        {
            settings[name] = value;
        }

        if (options.StepPollInterval is { } poll)
        {
            foreach (var step in TunedSteps)
            {
                settings[$"Workflow:Steps:{step}:PollInterval"] = Span(poll);
                settings[$"Workflow:Steps:{step}:BaseDelay"] = Span(poll);
                settings[$"Workflow:Steps:{step}:MaxDelay"] = Span(poll * 5);

                // The poll budgets are sized for real OCI's rate limits and real waits; at the sandbox's pace they
                // would hold a handful of requests back for no one.
                settings[$"Workflow:Steps:{step}:MaxPollsPerSecond"] = "0";
            }
        }

        return settings;
    }

    private static void Indexed(Dictionary<string, string?> settings, string key, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            settings[$"{key}:{i}"] = values[i];
        }
    }

    private static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
