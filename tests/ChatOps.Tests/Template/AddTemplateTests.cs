using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Template;
using ChatOps.Provisioning.Template.Planning;
using ChatOps.Provisioning.Template.Verify;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Template;

public class AddTemplateTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_broken_template_file_refuses_the_start_with_its_line_numbered_problems()
    {
        var broken = _directory.File("broken.yaml");
        await File.WriteAllTextAsync(broken, "version: 1\nname: broken\ngroups:\n  admins:\n    name: has space\n    description: x\ntenancy:\n  audit_retention_days: 400\n");
        using var host = Build(broken);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{broken}:5:14: group name 'has space' holds ' '", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"{broken}:8:25: audit_retention_days is 400", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_path_finds_the_template_beside_the_executable_and_the_services_resolve()
    {
        using var host = Build(path: null);

        await host.StartAsync();

        Assert.Equal(TemplateOptions.DefaultPath, host.Services.GetRequiredService<IOptions<TemplateOptions>>().Value.Path);
        Assert.Equal("TemplateApplier", host.Services.GetRequiredService<ITemplateApplier>().GetType().Name);
        Assert.NotNull(host.Services.GetRequiredService<ITemplatePlanner>());
        Assert.NotNull(host.Services.GetRequiredService<ITemplateVerifier>());
        await host.StopAsync();
    }

    public void Dispose() => _directory.Dispose();

    private static IHost Build(string? path)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?> { ["Oci:Auth"] = "ConfigFile", ["Oci:Region"] = "ap-tokyo-1" };
        if (path is not null)
        {
            settings["Template:Path"] = path;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ChatOps.Provisioning.Audit.IAuditTrail, Support.RecordingAuditTrail>();
        builder.Services.AddOci(builder.Configuration);
        builder.Services.AddTemplate(builder.Configuration);
        return builder.Build();
    }
}
