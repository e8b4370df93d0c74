namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>How a command went, as a value the caller turns into a reply.</summary>
public abstract record CommandResult
{
    private CommandResult()
    {
    }

    public sealed record Accepted(ProvisioningRequest Request) : CommandResult;

    /// <summary>The actor may not do this (role, four-eyes). Nothing changed; the attempt is audited.</summary>
    public sealed record Denied(AuthorizationResult Authorization) : CommandResult;

    /// <summary>The action does not apply in the current state. Nothing changed; the attempt is audited.</summary>
    public sealed record Refused(CommandRefusal Refusal) : CommandResult;

    public sealed record NotFound(string RequestId) : CommandResult;

    /// <summary>Something the action needs is missing, e.g. the reason of a rejection.</summary>
    public sealed record Invalid(string Field) : CommandResult;
}
