using ChatOps.Provisioning.Audit;
using ChatOps.Tests.Chat.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Commands;

/// <summary>An unknown verb is answered with the help and, like every unknown key, recorded in the audit trail.</summary>
public class UnknownVerbAuditTests
{
    [Fact]
    public async Task An_unknown_verb_is_audited_with_who_typed_it_and_help_is_not()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);

        await slack.As(Carol).RunCommandAsync("/provision help", cancellationToken: Deadline.Token());
        var reply = (await slack.As(Carol).RunCommandAsync("/provision frobnicate " + new string('x', 10), cancellationToken: Deadline.Token())).Reply!;
        await slack.As(Carol).RunCommandAsync("/provision " + new string('v', 1000), cancellationToken: Deadline.Token());

        var unknown = Entries(bot.Audit, "slack.handler.unknown");
        Assert.StartsWith("Sorry, I don't know `frobnicate`.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Count);
        Assert.Equal((Carol, "{\"key\":\"/provision frobnicate\",\"kind\":\"command\"}"), (unknown[0].ActorId, unknown[0].Details));
        Assert.Equal("{\"key\":\"/provision " + new string('v', 255 - "/provision ".Length) + "\",\"kind\":\"command\"}", unknown[1].Details);
    }

    private static List<AuditEntry> Entries(AuditTrail trail, string action)
    {
        var found = new List<AuditEntry>();
        trail.ForEach(e =>
        {
            if (e.Action == action)
            {
                found.Add(e);
            }
        });
        return found;
    }
}
