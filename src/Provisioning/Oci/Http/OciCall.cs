namespace ChatOps.Provisioning.Oci.Http;

/// <summary>One OCI operation to send: the path is relative to the service's version path and already escaped.</summary>
internal sealed record OciCall(string Operation, HttpMethod Method, string Region, string Path)
{
    public object? Body { get; init; }

    public string? RetryToken { get; init; }

    public string? IfMatch { get; init; }
}
