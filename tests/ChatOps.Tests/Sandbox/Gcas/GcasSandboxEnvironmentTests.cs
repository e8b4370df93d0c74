using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications.Email;
using ChatOps.Sandbox.Gcas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Sandbox.Gcas;

public class GcasSandboxEnvironmentTests
{
    [Fact]
    public async Task The_real_clients_configured_from_the_sandbox_list_report_and_mail()
    {
        await using var sandbox = await GcasSandboxEnvironment.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(sandbox.Configuration).Build();
        await using var services = new ServiceCollection().AddLogging().AddGcas(configuration).AddEmail(configuration).BuildServiceProvider();
        var gcas = services.GetRequiredService<IGcasClient>();
        var ct = TestContext.Current.CancellationToken;

        var page = await gcas.ListSubmittedApplicationsAsync(null, ct);
        var first = page.Value!.Items[0];
        var reported = await gcas.PostStatusEventAsync(
            new GcasStatusEvent(first.ApplicationId!, 1, GcasStatus.Accepted, $"{first.ApplicationId}:1", DateTimeOffset.UnixEpoch), ct);
        var mailed = await services.GetRequiredService<IEmailSender>().SendAsync(
            services.GetRequiredService<RequesterEmailComposer>().ComposeRejection(
                new RejectionNotice(first.ApplicationId!, "千代田区", "住民記録システム", ["admin@city.chiyoda.lg.jp"], ["理由 / reason"])), ct);

        Assert.True(page.IsSuccess, page.ToString());
        Assert.Equal("GCAS-2026-000123", first.ApplicationId);
        Assert.True(reported.IsSuccess, reported.ToString());
        Assert.Single(sandbox.Gcas.Events("GCAS-2026-000123"));
        Assert.Equal(EmailOutcome.Sent, mailed);
        Assert.Contains("GCAS-2026-000123", (await sandbox.Smtp.WaitForMessageAsync(cancellationToken: ct)).Subject, StringComparison.Ordinal);
    }
}
