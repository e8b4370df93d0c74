namespace ChatOps.Bot.Operations;

public sealed record ReadinessResult(string Name, bool Ready, string Detail);
