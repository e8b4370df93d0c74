namespace ChatOps.Bot.Slack.Blocks;

/// <summary>The App Home tab of one user, published with <c>views.publish</c>.</summary>
internal sealed record HomeView : SlackView
{
    public HomeView(IReadOnlyList<Block> blocks, string? callbackId = null, string? privateMetadata = null, string? externalId = null)
        : base(blocks, callbackId, privateMetadata, externalId)
    {
    }
}
