namespace ChatOps.Provisioning.Oci;

/// <summary>Follows <c>opc-next-page</c> until the last page, so callers never see a partial list as complete.</summary>
internal static class OciPaging
{
    // A guard against a service that keeps handing out page tokens; no list we make comes near it.
    private const int MaxPages = 1000;

    public static async Task<OciResult<IReadOnlyList<T>>> CollectAsync<T>(
        Func<string?, CancellationToken, Task<OciResult<OciPage<T>>>> fetchPage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var items = new List<T>();
        string? page = null;
        string? lastRequestId = null;
        for (var count = 0; count < MaxPages; count++)
        {
            var result = await fetchPage(page, cancellationToken);
            if (!result.IsSuccess)
            {
                return OciResult<IReadOnlyList<T>>.Failure(result.Error);
            }

            items.AddRange(result.Value.Items);
            lastRequestId = result.OpcRequestId;
            page = result.Value.NextPage;
            if (string.IsNullOrEmpty(page))
            {
                return OciResult<IReadOnlyList<T>>.Success(items, lastRequestId);
            }
        }

        throw new InvalidOperationException($"OCI list did not end after {MaxPages} pages.");
    }
}
