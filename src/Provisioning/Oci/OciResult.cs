using System.Diagnostics.CodeAnalysis;

namespace ChatOps.Provisioning.Oci;

/// <summary>The outcome of one OCI call: a value with the response metadata, or an <see cref="OciError"/>.</summary>
internal sealed record OciResult<T>
{
    private OciResult(T? value, OciError? error, string? opcRequestId, string? etag)
    {
        Value = value;
        Error = error;
        OpcRequestId = opcRequestId;
        ETag = etag;
    }

    public T? Value { get; }

    public OciError? Error { get; }

    public string? OpcRequestId { get; }

    public string? ETag { get; }

    /// <summary>The answer's <c>retry-after</c>, when it had one: when to poll a work request again, or to come back after throttling.</summary>
    public TimeSpan? RetryAfter { get; init; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static OciResult<T> Success(T value, string? opcRequestId, string? etag = null) =>
        new(value, null, opcRequestId, etag);

    public static OciResult<T> Failure(OciError error) => new(default, error, error.OpcRequestId, null);

    public OciResult<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return (IsSuccess ? OciResult<TOut>.Success(map(Value), OpcRequestId, ETag) : OciResult<TOut>.Failure(Error)) with { RetryAfter = RetryAfter };
    }
}
