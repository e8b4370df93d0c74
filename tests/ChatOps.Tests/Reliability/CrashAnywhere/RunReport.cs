using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>What the run did, for the test output: when GCAS heard each event, and what Slack and mail saw.</summary>
internal static class RunReport
{
    public static IEnumerable<string> Lines(SandboxWorld world, IReadOnlyList<CrashApplication> applications)
    {
        var start = applications.SelectMany(a => world.Gcas.Events(a.ApplicationId)).Select(e => e.ReceivedAt).DefaultIfEmpty().Min();
        var channel = world.Channels.Provisioning.Id;
        var topLevel = world.Slack.Workspace.Messages(channel).Where(m => m.ThreadTs is null || m.ThreadTs == m.Ts).ToList();
        foreach (var application in applications)
        {
            var events = world.Gcas.Events(application.ApplicationId).Select(e => $"{e.Status}@{(e.ReceivedAt - start).TotalSeconds:0.0}s");
            var cards = topLevel.Count(m => m.BlocksJson?.Contains(application.ApplicationId, StringComparison.Ordinal) == true);
            yield return $"{application.ApplicationId} ({(application.SharedUse ? "shared" : "single")}, {cards} card(s)): {string.Join(" ", events)}";
        }

        var mails = world.Smtp.Messages;
        yield return $"Slack: {world.Slack.Workspace.Messages(channel).Count} messages in the channel; mail: {mails.Count} to requesters; OCI calls: {string.Join(", ", world.Oci.Counters.Snapshot().OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}";
    }
}
