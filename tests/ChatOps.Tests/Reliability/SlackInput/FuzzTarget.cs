namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>What the generated payloads aim at: a real request and its card, clicked by someone without a role.</summary>
internal sealed record FuzzTarget(string RequestId, string Channel, string CardTs, string UserId);
