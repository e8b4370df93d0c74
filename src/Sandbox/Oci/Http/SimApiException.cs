namespace ChatOps.Sandbox.Oci.Http;

/// <summary>
/// Ends a simulated operation with an OCI error answer. Thrown by request handlers and turned into the response
/// by the pipeline, the one place that catches it.
/// </summary>
internal sealed class SimApiException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static SimApiException NotFound(string what) =>
        new(404, "NotAuthorizedOrNotFound", $"Authorization failed or requested resource not found. ({what})");

    public static SimApiException Missing(string field) => new(400, "MissingParameter", $"Missing required parameter '{field}'.");

    public static SimApiException Invalid(string message) => new(400, "InvalidParameter", message);

    public static SimApiException AlreadyExists(string message) => new(409, "NotAuthorizedOrResourceAlreadyExists", message);

    public static SimApiException NotHomeRegion() => new(403, "NotAllowed", "This operation must be directed at the home region.");
}
