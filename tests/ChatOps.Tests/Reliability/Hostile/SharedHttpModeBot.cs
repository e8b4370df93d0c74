using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>One HTTP-mode host for a class of refusal tests, with one request awaiting approval that none of them may move.</summary>
public sealed class SharedHttpModeBot : IAsyncLifetime
{
    private HttpModeBot? _bot;

    internal HttpModeBot Bot => _bot ?? throw new InvalidOperationException("Not started.");

    internal ProvisioningRequest Target { get; private set; } = null!;

    internal string CardTs { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _bot = await HttpModeBot.StartAsync();
        (Target, CardTs) = await _bot.AwaitingApprovalAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
