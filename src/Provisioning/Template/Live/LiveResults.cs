using ChatOps.Provisioning.Oci;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>Small adapters from the clients' results to the handlers' answers.</summary>
internal static class LiveResults
{
    /// <summary>A GET: 404 and deleted resources are "not there".</summary>
    public static OciResult<LiveResource?> Found<T>(OciResult<T> result, Func<T, LiveResource> map)
    {
        if (!result.IsSuccess)
        {
            return result.Error.IsNotFound ? OciResult<LiveResource?>.Success(null, result.OpcRequestId) : OciResult<LiveResource?>.Failure(result.Error);
        }

        var live = map(result.Value) with { ETag = result.ETag };
        return OciResult<LiveResource?>.Success(live.IsGone ? null : live, result.OpcRequestId);
    }

    public static OciResult<IReadOnlyList<LiveResource>> Listed<T>(OciResult<IReadOnlyList<T>> result, Func<T, LiveResource> map) =>
        result.Map<IReadOnlyList<LiveResource>>(items => [.. items.Select(map).Where(r => !r.IsGone)]);

    public static OciResult<LiveResource?> Named(OciResult<IReadOnlyList<LiveResource>> result, string name) =>
        result.Map<LiveResource?>(items => items.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)));

    public static OciResult<LiveResource> Created<T>(OciResult<T> result, Func<T, LiveResource> map) =>
        result.IsSuccess ? OciResult<LiveResource>.Success(map(result.Value) with { ETag = result.ETag }, result.OpcRequestId) : OciResult<LiveResource>.Failure(result.Error);
}
