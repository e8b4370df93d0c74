namespace ChatOps.Bot.Demo;

/// <summary>One application the demo submits, and whether it is meant to be valid.</summary>
internal sealed record DemoApplication(string ApplicationId, string Payload, bool ExpectValid, string Label);
