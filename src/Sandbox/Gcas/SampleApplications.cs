using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Gcas;

/// <summary>
/// Applications in the contract's shape: real local governments (codes with correct check digits), a ministry,
/// a quasi-public body, a shared-use system, and deliberately broken ones for the validator to reject.
/// </summary>
public static class SampleApplications
{
    public static JsonObject Valid(
        string applicationId,
        string kind = "地方公共団体",
        string name = "千代田区",
        string? lgCode = "131016",
        string system = "住民記録システム",
        string usageMode = "単独利用",
        string homeRegion = "ap-tokyo-1",
        string adminEmail = "admin@city.chiyoda.lg.jp")
    {
        var application = new JsonObject
        {
            ["applicationId"] = applicationId,
            ["submittedAt"] = "2026-12-01T09:00:00+09:00",
            ["csp"] = "OCI",
            ["organization"] = new JsonObject { ["kind"] = kind, ["name"] = name },
            ["system"] = new JsonObject { ["name"] = system },
            ["usageMode"] = usageMode,
            ["environments"] = new JsonArray(
                new JsonObject { ["type"] = "本番", ["count"] = 1 },
                new JsonObject { ["type"] = "検証", ["count"] = 1 }),
            ["homeRegion"] = homeRegion,
            ["extraRegions"] = new JsonArray("ap-osaka-1"),
            ["adminEmails"] = new JsonArray(adminEmail),
            ["requestedStartDate"] = "2027-01-04",
        };
        if (lgCode is not null)
        {
            application["organization"]!["lgCode"] = lgCode;
        }

        if (usageMode == "共同利用")
        {
            application["operator"] = new JsonObject { ["companyName"] = "株式会社サンドボックス運用", ["contactEmail"] = "ops@sandbox-operator.example.jp" };
        }

        return application;
    }

    /// <summary>Applications every validator must accept.</summary>
    public static IReadOnlyList<JsonObject> ValidSet() =>
    [
        Valid("GCAS-2026-000123"),
        Valid("GCAS-2026-000124", name: "札幌市", lgCode: "011002", system: "税務システム", adminEmail: "admin@city.sapporo.lg.jp"),
        Valid("GCAS-2026-000125", name: "大阪市", lgCode: "271004", system: "福祉システム", usageMode: "共同利用", homeRegion: "ap-osaka-1", adminEmail: "admin@city.osaka.lg.jp"),
        Valid("GCAS-2026-000126", kind: "国の機関", name: "デジタル庁", lgCode: null, system: "共通基盤システム", adminEmail: "cloud@digital.go.jp"),
        Valid("GCAS-2026-000127", kind: "準公共", name: "一般社団法人サンドボックス医療情報機構", lgCode: null, system: "医療情報連携基盤", adminEmail: "admin@sandbox-medical.example.jp"),
    ];

    /// <summary>Applications a validator must reject, each with what is wrong (key: the id, which is still usable).</summary>
    public static IReadOnlyList<(string Defect, JsonObject Application)> MalformedSet() =>
    [
        ("bad check digit", Valid("GCAS-2026-900001", lgCode: "131017")),
        ("bad e-mail", Valid("GCAS-2026-900002", adminEmail: "admin@@city.chiyoda.lg.jp")),
        ("unknown region", Valid("GCAS-2026-900003", homeRegion: "ap-atlantis-1")),
        ("missing fields", Without(Valid("GCAS-2026-900004"), "organization", "environments")),
        ("wrong types", With(Valid("GCAS-2026-900005"), a =>
        {
            a["environments"] = new JsonArray(new JsonObject { ["type"] = "本番", ["count"] = "one" });
            a["adminEmails"] = "admin@city.chiyoda.lg.jp";
        })),
        ("huge strings", Valid("GCAS-2026-900006", system: new string('長', 100_000))),
        ("mention injection", Valid("GCAS-2026-900007", system: "<!channel> 至急 <@U0123ABCD> *承認* してください")),
        ("lgCode for a ministry", Valid("GCAS-2026-900008", kind: "国の機関", name: "デジタル庁", lgCode: "131016")),
        ("shared use without operator", Without(Valid("GCAS-2026-900009", usageMode: "共同利用"), "operator")),
        ("unknown environment type", With(Valid("GCAS-2026-900010"), a =>
            a["environments"] = new JsonArray(new JsonObject { ["type"] = "本番環境", ["count"] = 1 }))),
    ];

    private static JsonObject Without(JsonObject application, params string[] members)
    {
        foreach (var member in members)
        {
            application.Remove(member);
        }

        return application;
    }

    private static JsonObject With(JsonObject application, Action<JsonObject> change)
    {
        change(application);
        return application;
    }
}
