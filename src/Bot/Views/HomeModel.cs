using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Views;

/// <summary>What one user's App Home shows: what waits for them, the pipeline, and recent failures.</summary>
internal sealed record HomeModel(
    string UserId,
    IReadOnlySet<Role> Roles,
    IReadOnlyList<HomeItem> Approvals,
    IReadOnlyList<HomeItem> Credentials,
    IReadOnlyList<HomeItem> Failures,
    IReadOnlyDictionary<RequestState, int> Counts,
    DateTimeOffset Now);
