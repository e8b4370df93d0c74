using ChatOps.Bot.Chat.Roles;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Home;

/// <summary>Builds one user's App Home from the store and their roles, and publishes it.</summary>
internal sealed class HomePublisher(
    RequestStore requests,
    RoleDirectory roles,
    ThreadMap threads,
    SlackApiClient api,
    ChatTexts texts,
    IOptions<AuthorizationOptions> authorization,
    TimeProvider time,
    ILogger<HomePublisher> logger)
{
    public async Task<bool> PublishAsync(string userId, CancellationToken cancellationToken)
    {
        var model = await BuildAsync(userId, cancellationToken);
        var published = await api.PublishHomeAsync(userId, AppHomeView.Render(model, texts), cancellationToken: cancellationToken);
        if (!published.IsOk)
        {
            logger.LogWarning("App Home of {User} not published: {Error}", userId, published.Error.ToString());
        }

        return published.IsOk;
    }

    public async Task<HomeModel> BuildAsync(string userId, CancellationToken cancellationToken)
    {
        var held = await roles.RolesOfAsync(userId, cancellationToken);
        var fourEyes = authorization.Value.FourEyes;
        IReadOnlyList<HomeItem> approvals = held.Contains(Role.Approver)
            ? Items(requests.InStates([RequestState.AwaitingApproval]))
            : [];
        IReadOnlyList<HomeItem> credentials = held.Contains(Role.Operator)
            ? Items(requests.InStates([RequestState.AwaitingCredentials]).Where(r => !(fourEyes && r.Approval?.Actor.Id == userId)))
            : [];
        var failures = Items(requests.InStates([RequestState.Failed]).OrderByDescending(r => r.StateEnteredAt).Take(AppHomeView.MaxFailures));
        return new HomeModel(userId, held, approvals, credentials, failures, requests.CountByState(), time.GetUtcNow());
    }

    private List<HomeItem> Items(IEnumerable<ProvisioningRequest> list) =>
        list.Take(AppHomeView.MaxItems).Select(r => threads.Get(r.Id) is { } t ? new HomeItem(r, t.Channel, t.Ts) : new HomeItem(r, null, null)).ToList();
}
