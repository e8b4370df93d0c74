namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>The <c>Authorization</c> configuration section: Slack user ids (U…) and user-group ids (S…).</summary>
public sealed record AuthorizationOptions
{
    public const string Section = "Authorization";

    public IReadOnlyList<string> Approvers { get; init; } = [];

    public IReadOnlyList<string> Operators { get; init; } = [];

    /// <summary>When true, the person who confirms credentials must not be the one who approved.</summary>
    public bool FourEyes { get; init; }
}
