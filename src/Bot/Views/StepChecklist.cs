using ChatOps.Bot.Chat.Texts;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>The steps of the request's path, each ✅ done, ⏳ in progress, ⬜ to come or ❌ where it stopped.</summary>
internal static class StepChecklist
{
    public const string Done = "✅";
    public const string Running = "⏳";
    public const string Pending = "⬜";
    public const string Stopped = "❌";

    public static IReadOnlyList<(RequestState Step, string Mark)> Marks(ProvisioningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = RequestStates.Path(request.UsageMode);
        if (request.State == RequestState.Completed)
        {
            return path.Select(step => (step, Done)).ToList();
        }

        var (current, mark) = request.State switch
        {
            RequestState.Failed => (request.FailedStep ?? LastStep(request, path), Stopped),
            RequestState.Rejected or RequestState.Cancelled => (LastStep(request, path), Stopped),
            _ => (request.State, Running),
        };
        var index = Math.Max(0, IndexOf(path, current));
        return path.Select((step, i) => (step, i < index ? Done : i == index ? mark : Pending)).ToList();
    }

    public static string Render(ProvisioningRequest request, ChatTexts texts) =>
        string.Join("\n", Marks(request).Select(m => $"{m.Mark} {texts.Step(m.Step)}"));

    // Where a request that ended early stood: the last step of its path it entered.
    private static RequestState LastStep(ProvisioningRequest request, IReadOnlyList<RequestState> path) =>
        request.History.Select(v => v.State).LastOrDefault(s => path.Contains(s) && s != RequestState.Completed, RequestState.Received);

    private static int IndexOf(IReadOnlyList<RequestState> path, RequestState state)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i] == state)
            {
                return i;
            }
        }

        return -1;
    }
}
