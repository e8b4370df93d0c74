using ChatOps.Sandbox.World;

namespace ChatOps.Sandbox.Page;

/// <summary>The start-up banner: the page URL, that Slack, GCAS and OCI are simulated here, and who the page acts as.</summary>
internal static class SandboxConsole
{
    public static IReadOnlyList<string> Lines(SandboxWorld world, Uri url)
    {
        var cast = world.Cast;
        return
        [
            $"ChatOps sandbox: open {url} in a browser.",
            "This is a SANDBOX: Slack, GCAS (with Google and e-mail) and OCI are simulated on this machine; nothing real is called.",
            "サンドボックスです: Slack・GCAS・OCI はこのマシン上のシミュレーターで、本物には接続しません。",
            $"You act as {Describe(cast.Approver1)}; switch in the page to {Describe(cast.Approver2)}, {Describe(cast.Operator)} or {Describe(cast.Outsider)}.",
            $"Channels: {string.Join(", ", world.Channels.All.Select(c => "#" + c.Name))}. Slash command: /provision. Stop with Ctrl+C.",
        ];
    }

    private static string Describe(SandboxPerson person) => $"{person.DisplayName} ({person.RoleLabel})";
}
