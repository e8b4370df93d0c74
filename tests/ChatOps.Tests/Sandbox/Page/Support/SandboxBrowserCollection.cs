namespace ChatOps.Tests.Sandbox.Page.Support;

/// <summary>The browser tests run one after another on one shared Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SandboxBrowserCollection : ICollectionFixture<SandboxBrowser>
{
    public const string Name = "Sandbox browser";
}
