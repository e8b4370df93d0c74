using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>
/// Comparisons with the value as a parameter. LiteDB's <c>Query.EQ</c> and friends write the value into the
/// expression's text, and LiteDB caches compiled expressions by that text: every new key (an idempotency key, a
/// request id, a due time) was parsed and compiled to a fresh delegate, which a wave profile showed as about 6 % of
/// the process's CPU. With the value as <c>@0</c> the text is the same for every call and compiles once.
/// </summary>
internal static class LiteQuery
{
    public static BsonExpression Eq(string field, BsonValue value) => Compare(field, "=", value);

    public static BsonExpression Lt(string field, BsonValue value) => Compare(field, "<", value);

    public static BsonExpression Lte(string field, BsonValue value) => Compare(field, "<=", value);

    private static BsonExpression Compare(string field, string op, BsonValue value) => BsonExpression.Create($"$.{field} {op} @0", value);
}
