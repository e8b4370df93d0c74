using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Roles;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Chat;

public class RoleDirectoryTests
{
    private const string Alice = "U0ALICE001";
    private const string Bob = "U0BOB00001";
    private const string Carol = "U0CAROL001";

    [Fact]
    public async Task Roles_come_from_user_ids_and_from_user_group_members_and_the_groups_are_cached()
    {
        await using var slack = await SlackSimulator.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var services = SlackClientFactory.Create(slack, time);
        var roles = Directory(services, time, approvers: ["S0APPROVE1"], operators: [Bob, "S0OPERATE1"]);

        Assert.Equal([Role.Approver], await roles.RolesOfAsync(Alice, CancellationToken.None));
        Assert.Equal([Role.Operator], await roles.RolesOfAsync(Bob, CancellationToken.None));

        slack.Faults.Outage = true;
        Assert.Equal([Role.Approver], await roles.RolesOfAsync(Carol, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal([Role.Approver], await roles.RolesOfAsync(Carol, CancellationToken.None));

        var fresh = Directory(services, time, approvers: ["S0APPROVE1"], operators: []);
        Assert.Empty(await fresh.RolesOfAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task The_Slack_authorizer_applies_the_core_rules_over_group_roles_including_four_eyes()
    {
        await using var slack = await SlackSimulator.StartAsync();
        var time = new FakeTimeProvider();
        await using var services = SlackClientFactory.Create(slack, time);
        var options = Options.Create(new AuthorizationOptions { Approvers = ["S0APPROVE1"], Operators = ["S0OPERATE1", Alice], FourEyes = true });
        var authorizer = new SlackActorAuthorizer(new RoleDirectory(services.GetRequiredService<SlackApiClient>(), options, time, new ChatTuning(), NullLogger<RoleDirectory>.Instance), options);
        var request = new ProvisioningRequest
        {
            Id = "PR-1", Number = 1, GcasApplicationId = "G-1", RawPayload = "{}", State = RequestState.AwaitingCredentials,
            Approval = new Decision(Actor.Human(Alice, "alice"), time.GetUtcNow()),
        };

        var byBob = await authorizer.AuthorizeAsync(Actor.Human(Bob, "bob"), RequestAction.ConfirmCredentials, request, CancellationToken.None);
        var byAlice = await authorizer.AuthorizeAsync(Actor.Human(Alice, "alice"), RequestAction.ConfirmCredentials, request, CancellationToken.None);
        var bobApproves = await authorizer.AuthorizeAsync(Actor.Human(Bob, "bob"), RequestAction.Approve, request, CancellationToken.None);
        var system = await authorizer.AuthorizeAsync(Actor.Bot, RequestAction.Approve, request, CancellationToken.None);

        Assert.True(byBob.Allowed);
        Assert.Equal((false, DenialReason.FourEyes), (byAlice.Allowed, byAlice.Reason));
        Assert.Equal((false, DenialReason.MissingRole, Role.Approver), (bobApproves.Allowed, bobApproves.Reason, Assert.Single(bobApproves.Roles!)));
        Assert.True(system.Allowed);
    }

    private static RoleDirectory Directory(ServiceProvider services, TimeProvider time, string[] approvers, string[] operators) => new(
        services.GetRequiredService<SlackApiClient>(),
        Options.Create(new AuthorizationOptions { Approvers = approvers, Operators = operators }),
        time,
        new ChatTuning(),
        NullLogger<RoleDirectory>.Instance);
}
