namespace ChatOps.Sandbox.Page;

/// <summary>Which sample to submit: <c>valid:&lt;n&gt;</c> or <c>malformed:&lt;n&gt;</c>.</summary>
internal sealed record SampleRequest(string Sample);
