using ChatOps.Provisioning.Storage;
using LiteDB;

namespace ChatOps.Tests.Storage;

public class LiteQueryTests
{
    [Fact]
    public void The_expression_text_is_the_same_for_every_value_so_LiteDB_compiles_it_once()
    {
        Assert.Equal(LiteQuery.Eq("IdempotencyKey", "a").Source, LiteQuery.Eq("IdempotencyKey", "b").Source);
        Assert.Equal(LiteQuery.Lte("DueTicks", 1L).Source, LiteQuery.Lte("DueTicks", 2L).Source);

        // What it replaces: the value is part of the text, a new compiled expression per key.
        Assert.NotEqual(Query.EQ("IdempotencyKey", "a").Source, Query.EQ("IdempotencyKey", "b").Source);
    }

    [Fact]
    public void Comparisons_find_the_same_documents_through_the_index()
    {
        using var database = new LiteDatabase(new MemoryStream());
        var items = database.GetCollection("items");
        items.EnsureIndex("Key", unique: true);
        items.EnsureIndex("Ticks");
        for (var i = 1; i <= 5; i++)
        {
            items.Insert(new BsonDocument { ["_id"] = $"id{i}", ["Key"] = $"key-{i}", ["Ticks"] = i * 10L });
        }

        Assert.Equal("id3", items.FindOne(LiteQuery.Eq("Key", "key-3"))["_id"].AsString);
        Assert.Null(items.FindOne(LiteQuery.Eq("Key", "key-9")));
        Assert.Equal(["id1", "id2"], items.Find(LiteQuery.Lt("Ticks", 30L)).Select(d => d["_id"].AsString).Order().ToArray());
        Assert.Equal(["id1", "id2", "id3"], items.Find(LiteQuery.Lte("Ticks", 30L)).Select(d => d["_id"].AsString).Order().ToArray());
        Assert.True(items.Exists(LiteQuery.Eq("_id", "id5")));
    }
}
