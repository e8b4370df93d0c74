using System.Globalization;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Chat.Requests;

/// <summary>
/// Finds requests by what people type: <c>PR-12</c>, <c>12</c>, <c>#12</c>, a GCAS application id, or a
/// 団体コード (which may match several requests).
/// </summary>
internal sealed class RequestLookup(RequestStore requests)
{
    public IReadOnlyList<ProvisioningRequest> Find(string? query)
    {
        var text = (query ?? "").Trim().TrimStart('#');
        if (text.Length == 0)
        {
            return [];
        }

        if (requests.Get(text.ToUpperInvariant()) is { } byId)
        {
            return [byId];
        }

        if (requests.FindByGcasId(text) is { } byApplication)
        {
            return [byApplication];
        }

        // Six digits read as a 団体コード first: request numbers that long are far away.
        if (text.Length == 6 && text.All(char.IsAsciiDigit) && requests.FindByLgCode(text) is { Count: > 0 } byCode)
        {
            return [.. byCode.OrderBy(r => r.Number)];
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && requests.FindByNumber(number) is { } byNumber
            ? [byNumber]
            : [];
    }

    /// <summary>Exactly one request, for the verbs that act on one; several matches count as none.</summary>
    public ProvisioningRequest? FindOne(string? query) => Find(query) is [var only] ? only : null;
}
