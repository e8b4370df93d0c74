namespace ChatOps.Sandbox.Google;

/// <summary>A failure a simulator hop answers with instead of doing its job.</summary>
public sealed record InjectedFailure(int Status, string Error, string Description);
