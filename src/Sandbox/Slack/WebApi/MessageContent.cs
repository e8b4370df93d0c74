namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>The text and blocks of a chat.* call, with blocks validated against the message limits.</summary>
internal sealed record MessageContent(string? Text, string? BlocksJson, bool HasBlocks)
{
    public static (MessageContent? Content, ApiResult? Error) Read(ApiCall call)
    {
        var text = call.Text("text");
        var blocks = call.Structured("blocks", out var malformed);
        if (malformed)
        {
            return (null, ApiResult.Error("invalid_blocks_format"));
        }

        if (blocks is null)
        {
            return (new(text, null, false), null);
        }

        var errors = BlockRules.Validate(blocks, "/blocks", 50);
        if (errors.Count > 0)
        {
            return (null, ApiResult.Invalid("invalid_blocks", errors));
        }

        return (new(text, blocks.AsArray().Count == 0 ? null : blocks.ToJsonString(), true), null);
    }
}
