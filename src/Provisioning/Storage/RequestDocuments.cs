using ChatOps.Provisioning.Workflow;
using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>
/// A request is stored as its JSON plus the few columns queries need. Keeping the record itself as JSON avoids
/// LiteDB's mapper pitfalls with records and keeps the exact shape under our control.
/// </summary>
internal static class RequestDocuments
{
    public static BsonDocument ToDocument(ProvisioningRequest request) => new()
    {
        ["_id"] = request.Id,
        ["Number"] = request.Number,
        ["GcasApplicationId"] = request.GcasApplicationId,
        ["State"] = request.State.ToString(),
        ["DueTicks"] = request.DueAt?.UtcTicks ?? long.MaxValue,
        ["LgCode"] = request.Application?.LgCode ?? request.Summary.LgCode ?? string.Empty,
        ["Version"] = request.Version,
        ["Json"] = ProvisioningJson.Serialize(request),
    };

    public static ProvisioningRequest FromDocument(BsonDocument document) =>
        ProvisioningJson.Deserialize<ProvisioningRequest>(document["Json"].AsString);
}
