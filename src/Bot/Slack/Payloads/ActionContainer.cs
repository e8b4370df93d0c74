namespace ChatOps.Bot.Slack.Payloads;

/// <summary>Where the clicked element lives: a message (<c>message_ts</c>, <c>channel_id</c>) or a view (<c>view_id</c>).</summary>
internal sealed record ActionContainer(string Type, string? MessageTs = null, string? ChannelId = null, bool? IsEphemeral = null, string? ViewId = null, string? ThreadTs = null)
{
    public bool IsMessage => Type == "message";

    public bool IsView => Type == "view";
}
