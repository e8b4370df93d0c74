using System.Text.Json.Nodes;

namespace ChatOps.Tests.Support;

/// <summary>Application payloads for tests: a valid one by default, changed with JSON edits.</summary>
public static class TestApplications
{
    private static int _counter;

    public static string NewId() => $"GCAS-TEST-{Interlocked.Increment(ref _counter):D5}-{Guid.NewGuid().ToString("N")[..6]}";

    public static JsonObject Valid(string? applicationId = null, string lgCode = "131016", string name = "千代田区", bool shared = false, bool osaka = true) => new()
    {
        ["applicationId"] = applicationId ?? NewId(),
        ["submittedAt"] = "2026-12-01T09:00:00+09:00",
        ["csp"] = "OCI",
        ["organization"] = new JsonObject { ["kind"] = "地方公共団体", ["name"] = name, ["lgCode"] = lgCode },
        ["system"] = new JsonObject { ["name"] = "住民記録システム" },
        ["usageMode"] = shared ? "共同利用" : "単独利用",
        ["environments"] = new JsonArray(new JsonObject { ["type"] = "本番", ["count"] = 1 }, new JsonObject { ["type"] = "検証", ["count"] = 1 }),
        ["homeRegion"] = "ap-tokyo-1",
        ["extraRegions"] = osaka ? new JsonArray("ap-osaka-1") : new JsonArray(),
        ["adminEmails"] = new JsonArray("cloud-admin@city.chiyoda.lg.jp"),
        ["operator"] = shared ? new JsonObject { ["companyName"] = "ガバクラ運用株式会社", ["contactEmail"] = "ops@operator.example.jp" } : null,
        ["requestedStartDate"] = "2027-01-04",
    };

    public static string Json(JsonObject application) => application.ToJsonString();

    public static JsonObject With(this JsonObject application, Action<JsonObject> change)
    {
        change(application);
        return application;
    }
}
