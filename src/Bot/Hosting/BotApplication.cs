using Microsoft.AspNetCore.Builder;

namespace ChatOps.Bot.Hosting;

/// <summary>The bot's web application and, in the embedded default, the sandbox it talks to; stopped in that order.</summary>
internal sealed class BotApplication(WebApplication app, SandboxMode? sandbox) : IAsyncDisposable
{
    public WebApplication App => app;

    public SandboxMode? Sandbox => sandbox;

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }
}
