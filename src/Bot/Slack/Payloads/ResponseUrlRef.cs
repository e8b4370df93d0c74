namespace ChatOps.Bot.Slack.Payloads;

/// <summary>A response_url Slack attaches to a view submission when an input asked for one (<c>response_url_enabled</c>).</summary>
internal sealed record ResponseUrlRef(string BlockId, string ActionId, string ChannelId, string ResponseUrl);
