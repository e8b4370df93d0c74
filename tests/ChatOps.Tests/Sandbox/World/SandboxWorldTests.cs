using System.Net.Sockets;
using System.Security.Cryptography;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications.Email;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Sandbox.World;
using ChatOps.Tests.Sandbox.Page.Support;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Sandbox.World;

public class SandboxWorldTests
{
    [Fact]
    public async Task The_real_clients_configured_from_the_world_reach_slack_gcas_smtp_and_oci()
    {
        await using var world = await SandboxWorld.StartAsync(cancellationToken: Deadline.Token());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(world.BotConfiguration).Build();
        await using var services = new ServiceCollection().AddLogging()
            .AddSlack(configuration).AddOci(configuration).AddGcas(configuration).AddEmail(configuration)
            .BuildServiceProvider();
        var ct = Deadline.Token();

        var identity = await services.GetRequiredService<SlackApiClient>().AuthTestAsync(ct);
        var tenancy = await services.GetRequiredService<OciTenancyClient>().GetTenancyAsync(world.Options.Region, world.Oci.ParentTenancyId, ct);
        var applications = await services.GetRequiredService<IGcasClient>().ListSubmittedApplicationsAsync(null, ct);
        var mailed = await services.GetRequiredService<IEmailSender>().SendAsync(
            services.GetRequiredService<RequesterEmailComposer>().ComposeRejection(
                new RejectionNotice("GCAS-2026-000123", "千代田区", "住民記録システム", ["admin@city.chiyoda.lg.jp"], ["理由"])), ct);

        Assert.True(identity.IsOk, identity.Error?.ToString());
        Assert.Equal(world.Slack.Options.BotUserId, identity.Value!.UserId);
        Assert.True(tenancy.IsSuccess, tenancy.Error?.ToString());
        Assert.Equal("digitalagency", tenancy.Value!.Name);
        Assert.Equal(["GCAS-2026-000123", "GCAS-2026-000124"], applications.Value!.Items.Select(a => a.ApplicationId));
        Assert.Equal(EmailOutcome.Sent, mailed);
        Assert.Single(world.Smtp.Messages);
    }

    [Fact]
    public async Task The_bot_configuration_has_every_key_and_passes_the_bots_own_validation()
    {
        await using var world = await SandboxWorld.StartAsync(cancellationToken: Deadline.Token());
        var settings = world.BotConfiguration;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddSlack(configuration).AddOci(configuration).AddGcas(configuration).AddEmail(configuration)
            .Configure<AuthorizationOptions>(configuration.GetSection(AuthorizationOptions.Section))
            .Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section))
            .BuildServiceProvider();

        string[] required =
        [
            "Slack:BotToken", "Slack:AppToken", "Slack:ApiBaseUrl", "Slack:Mode", "Slack:ChannelId", "Slack:OpsChannelId", "Slack:AuditChannelId",
            "Authorization:Approvers:0", "Authorization:Approvers:1", "Authorization:Operators:0",
            "Gcas:BaseUrl", "Gcas:PollInterval", "Gcas:Auth:TokenUrl", "Gcas:Auth:Audience", "Gcas:Auth:ClientId", "Gcas:Auth:ClientSecret",
            "Email:Host", "Email:Port", "Email:From",
            "Oci:Auth", "Oci:ConfigFile", "Oci:Profile", "Oci:Region", "Oci:ParentTenancyId", "Oci:SharedTenancyId",
            "Oci:Endpoints:Organizations", "Oci:Endpoints:Identity", "Oci:Endpoints:Audit", "Oci:Endpoints:CloudGuard",
        ];
        Assert.All(required, key => Assert.False(string.IsNullOrWhiteSpace(settings.GetValueOrDefault(key)), key));

        var slack = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        var oci = services.GetRequiredService<IOptions<OciOptions>>().Value;
        var gcas = services.GetRequiredService<IOptions<GcasOptions>>().Value;
        var authorization = services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        var workflow = services.GetRequiredService<IOptions<WorkflowOptions>>().Value;

        Assert.Equal((SlackMode.SocketMode, world.Slack.ApiBaseUrl.ToString()), (slack.Mode, slack.ApiBaseUrl));
        Assert.Equal(("C0PROVISN1", "C0OPSCHAN1", "C0AUDITCH1"), (slack.ChannelId, slack.OpsChannelId, slack.AuditChannelId));
        Assert.Equal([world.Cast.Approver1.Id, world.Cast.Approvers.Id], authorization.Approvers);
        Assert.Equal([world.Cast.Operator.Id], authorization.Operators);
        Assert.Equal([world.Cast.Approver1.Id, world.Cast.Approver2.Id], world.Slack.Workspace.UserGroup(world.Cast.Approvers.Id)!.Members);
        Assert.Equal(TimeSpan.FromSeconds(2), gcas.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), workflow.PolicyFor(RequestState.CreatingTenancy).PollInterval);
        Assert.Equal(OciAuthKind.ConfigFile.ToString(), oci.Auth);
        Assert.All(oci.Endpoints.Values, url => Assert.Equal(world.Oci.BaseUri, new Uri(url)));
        Assert.Equal(4, oci.Endpoints.Count);
        Assert.Equal(TimeSpan.FromSeconds(20), world.Oci.Options.ChildTenancyCreationTime);
        Assert.Equal(TimeSpan.FromSeconds(15), world.Oci.Options.RegionSubscriptionTime);
        Assert.Equal(
            ["provisioning", "ops", "audit"],
            new[] { slack.ChannelId, slack.OpsChannelId, slack.AuditChannelId }.Select(id => world.Slack.Workspace.Channel(id)!.Name));
    }

    [Fact]
    public async Task The_api_key_it_writes_is_an_oci_config_profile_whose_signatures_the_simulator_accepts()
    {
        await using var world = await SandboxWorld.StartAsync(cancellationToken: Deadline.Token());
        var key = world.OciKey;
        var profile = OciConfigFile.ReadProfile(await File.ReadAllTextAsync(key.ConfigFile, Deadline.Token()), key.Profile)!;
        using var rsa = OciPrivateKeys.FromPem(await File.ReadAllTextAsync(key.KeyFile, Deadline.Token()), null, "test");
#pragma warning disable CA5351 // OCI names keys by the MD5 of their public key.
        var fingerprint = string.Join(':', MD5.HashData(rsa.ExportSubjectPublicKeyInfo()).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
#pragma warning restore CA5351

        Assert.Equal((world.Oci.ParentTenancyId, key.UserId, fingerprint, key.KeyFile, world.Options.Region),
            (profile["tenancy"], profile["user"], profile["fingerprint"], profile["key_file"], profile["region"]));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.KeyFile));
        }

        Assert.Equal(200, await OciProbe.GetTenancyStatusAsync(world, Deadline.Token()));
    }

    [Fact]
    public async Task Disposing_stops_every_listener_and_removes_the_key_folder()
    {
        var world = await SandboxWorld.StartAsync(cancellationToken: Deadline.Token());
        var endpoints = new[]
        {
            world.Slack.BaseUri.Port, world.Gcas.BaseUri.Port, world.GcasEnvironment.Google.BaseUri.Port,
            world.GcasEnvironment.IdentityDomain.BaseUri.Port, world.Oci.BaseUri.Port, world.Smtp.Port,
        };
        var folder = Path.GetDirectoryName(world.OciKey.ConfigFile)!;
        var listeningBefore = await Task.WhenAll(endpoints.Select(IsListeningAsync));

        await world.DisposeAsync();
        var listeningAfter = await Task.WhenAll(endpoints.Select(IsListeningAsync));

        Assert.All(listeningBefore, Assert.True);
        Assert.All(listeningAfter, Assert.False);
        Assert.False(Directory.Exists(folder));
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port, Deadline.Token());
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
