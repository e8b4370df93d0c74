using System.Text.Json.Serialization;

namespace ChatOps.Bot.Slack.Blocks;

/// <summary>A layout block; the JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
internal abstract record Block
{
    protected Block(string? blockId) => BlockId = BlockLimits.Id255(blockId);

    public string? BlockId { get; }
}
