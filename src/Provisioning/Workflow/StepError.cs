namespace ChatOps.Provisioning.Workflow;

/// <summary>
/// What went wrong in a step, as an operator needs to see it: the service's error code and message and, for
/// OCI, the <c>opc-request-id</c> Oracle support asks for.
/// </summary>
public sealed record StepError(string Code, string Message, string? RequestId = null, int? HttpStatus = null, string? Service = null)
{
    public override string ToString() =>
        $"{(Service is null ? string.Empty : Service + " ")}{Code}{(HttpStatus is null ? string.Empty : $" (HTTP {HttpStatus})")}: {Message}{(RequestId is null ? string.Empty : $" [opc-request-id {RequestId}]")}";
}
