namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>An HTTP request exactly as sent to the bot, kept so it can be replayed byte for byte.</summary>
public sealed record SignedRequest(string Path, byte[] Body, string ContentType, IReadOnlyDictionary<string, string> Headers);
