namespace ChatOps.Bot.Chat.Drift;

/// <summary>One difference: in which environment, which resource, and what was expected and found.</summary>
internal sealed record DriftItem(string Environment, string Resource, string Expected, string Actual);
