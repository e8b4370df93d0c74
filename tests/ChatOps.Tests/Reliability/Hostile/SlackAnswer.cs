namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>What the bot answered to one raw HTTP request.</summary>
internal sealed record SlackAnswer(int Status, string Body);
