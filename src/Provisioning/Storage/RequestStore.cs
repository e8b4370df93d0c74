using ChatOps.Provisioning.Workflow;
using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>Reads and writes provisioning requests. Writes happen inside a <see cref="LiteStore.Write{T}"/> transaction.</summary>
public sealed class RequestStore(LiteStore store)
{
    public ProvisioningRequest? Get(string id) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests).FindById(id) is { } doc ? RequestDocuments.FromDocument(doc) : null);

    public ProvisioningRequest? FindByGcasId(string applicationId) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests).FindOne(LiteQuery.Eq("GcasApplicationId", applicationId)) is { } doc
            ? RequestDocuments.FromDocument(doc)
            : null);

    public ProvisioningRequest? FindByNumber(long number) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests).FindOne(LiteQuery.Eq("Number", number)) is { } doc
            ? RequestDocuments.FromDocument(doc)
            : null);

    public IReadOnlyList<ProvisioningRequest> FindByLgCode(string lgCode) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests).Find(LiteQuery.Eq("LgCode", lgCode)).Select(RequestDocuments.FromDocument).ToList());

    public IReadOnlyList<ProvisioningRequest> InStates(IEnumerable<RequestState> states) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests)
            .Find(Query.In("State", states.Select(s => new BsonValue(s.ToString())).ToArray()))
            .Select(RequestDocuments.FromDocument)
            .OrderBy(r => r.Number)
            .ToList());

    public IReadOnlyList<ProvisioningRequest> All() =>
        store.Read(db => db.GetCollection(StoreSchema.Requests).FindAll().Select(RequestDocuments.FromDocument).OrderBy(r => r.Number).ToList());

    public int Count() => store.Read(db => db.GetCollection(StoreSchema.Requests).Count());

    /// <summary>How many requests are in each state (index counts; nothing is deserialised).</summary>
    public IReadOnlyDictionary<RequestState, int> CountByState() => store.Read(db =>
    {
        var requests = db.GetCollection(StoreSchema.Requests);
        return Enum.GetValues<RequestState>().ToDictionary(state => state, state => requests.Count(LiteQuery.Eq("State", state.ToString())));
    });

    /// <summary>Ids of requests whose step is due at <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<string> DueIds(DateTimeOffset now, int limit) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests)
            .Query()
            .Where(LiteQuery.Lte("DueTicks", now.UtcTicks))
            .OrderBy("DueTicks")
            .Limit(limit)
            .ToEnumerable()
            .Select(doc => doc["_id"].AsString)
            .ToList());

    /// <summary>The earliest <paramref name="limit"/> scheduled requests (id and due time), earliest first.</summary>
    public IReadOnlyList<(string Id, DateTimeOffset Due)> DueSchedule(int limit) =>
        store.Read(db => db.GetCollection(StoreSchema.Requests)
            .Query()
            .Where(LiteQuery.Lt("DueTicks", long.MaxValue))
            .OrderBy("DueTicks")
            .Limit(limit)
            .ToEnumerable()
            .Select(doc => (doc["_id"].AsString, new DateTimeOffset(doc["DueTicks"].AsInt64, TimeSpan.Zero)))
            .ToList());

    public DateTimeOffset? NextDueAt() => store.Read(db =>
    {
        var first = db.GetCollection(StoreSchema.Requests).Query().OrderBy("DueTicks").Limit(1).FirstOrDefault();
        var ticks = first?["DueTicks"].AsInt64 ?? long.MaxValue;
        return ticks == long.MaxValue ? (DateTimeOffset?)null : new DateTimeOffset(ticks, TimeSpan.Zero);
    });

    public bool IsTenancyNameTaken(string name) =>
        store.Read(db => db.GetCollection(StoreSchema.TenancyNames).Exists(LiteQuery.Eq("_id", name)));

    internal static void Insert(WriteContext context, ProvisioningRequest request) =>
        context.Database.GetCollection(StoreSchema.Requests).Insert(RequestDocuments.ToDocument(request));

    /// <summary>Writes <paramref name="updated"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    internal static bool TryReplace(WriteContext context, ProvisioningRequest updated, long expectedVersion)
    {
        var requests = context.Database.GetCollection(StoreSchema.Requests);
        var current = requests.FindById(updated.Id);
        if (current is null || current["Version"].AsInt64 != expectedVersion)
        {
            return false;
        }

        return requests.Update(RequestDocuments.ToDocument(updated));
    }

    internal static ProvisioningRequest? Get(WriteContext context, string id) =>
        context.Database.GetCollection(StoreSchema.Requests).FindById(id) is { } doc ? RequestDocuments.FromDocument(doc) : null;

    internal static bool ExistsForApplication(WriteContext context, string applicationId) =>
        context.Database.GetCollection(StoreSchema.Requests).Exists(LiteQuery.Eq("GcasApplicationId", applicationId));

    /// <summary>Claims tenancy names for a request; false when another request holds one of them.</summary>
    internal static bool TryClaimNames(WriteContext context, string requestId, IEnumerable<string> names)
    {
        var collection = context.Database.GetCollection(StoreSchema.TenancyNames);
        foreach (var name in names)
        {
            var holder = collection.FindById(name);
            if (holder is not null && holder["RequestId"].AsString != requestId)
            {
                return false;
            }

            collection.Upsert(new BsonDocument { ["_id"] = name, ["RequestId"] = requestId });
        }

        return true;
    }

    internal static long NextNumber(WriteContext context) => StoreSchema.Next(context.Database, "request");
}
