using System.Text.Json.Serialization;

namespace ChatOps.Bot.Slack.Blocks;

/// <summary>A modal or an App Home tab: up to 100 blocks.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ModalView), "modal")]
[JsonDerivedType(typeof(HomeView), "home")]
internal abstract record SlackView
{
    protected SlackView(IReadOnlyList<Block> blocks, string? callbackId, string? privateMetadata, string? externalId)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        // Metadata carries ids back to us; shortening it would corrupt them, so an oversize value is a bug.
        if (privateMetadata is { Length: > BlockLimits.PrivateMetadata })
        {
            throw new ArgumentException("private_metadata is limited to 3000 characters.", nameof(privateMetadata));
        }

        Blocks = BlockLimits.Cap(blocks, BlockLimits.ViewBlocks);
        CallbackId = BlockLimits.Id255(callbackId);
        PrivateMetadata = privateMetadata;
        ExternalId = BlockLimits.Id255(externalId);
    }

    public IReadOnlyList<Block> Blocks { get; }

    public string? CallbackId { get; }

    public string? PrivateMetadata { get; }

    public string? ExternalId { get; }
}
