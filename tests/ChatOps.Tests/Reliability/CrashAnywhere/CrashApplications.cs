using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Gcas;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>
/// The twenty applications of the run: Tokyo's wards (single use, each with its own 団体コード), ministries and a
/// quasi-public body (single use, names from the application id), and cities sharing a system (shared use).
/// </summary>
internal static class CrashApplications
{
    private static readonly (string Code, string Name)[] Wards =
    [
        ("13101", "千代田区"), ("13102", "中央区"), ("13103", "港区"), ("13104", "新宿区"), ("13105", "文京区"), ("13106", "台東区"),
        ("13107", "墨田区"), ("13108", "江東区"), ("13109", "品川区"), ("13110", "目黒区"), ("13111", "大田区"),
        ("13112", "世田谷区"),
    ];

    private static readonly (string Code, string Name)[] SharingCities = [("01100", "札幌市"), ("14100", "横浜市"), ("23100", "名古屋市"), ("27100", "大阪市")];

    public static IReadOnlyList<CrashApplication> Create()
    {
        var list = new List<CrashApplication>();
        string NextId() => $"GCAS-2026-7{list.Count + 1:D5}";

        foreach (var (code, name) in Wards)
        {
            var id = NextId();
            list.Add(new CrashApplication(id, false, SampleApplications.Valid(id, name: name, lgCode: WithCheckDigit(code), adminEmail: $"admin{code}@city.example.lg.jp")));
        }

        foreach (var ministry in new[] { "デジタル庁", "総務省", "内閣府" })
        {
            var id = NextId();
            list.Add(new CrashApplication(id, false, SampleApplications.Valid(id, kind: "国の機関", name: ministry, lgCode: null, system: "共通基盤システム", adminEmail: "cloud@ministry.example.go.jp")));
        }

        var quasi = NextId();
        list.Add(new CrashApplication(quasi, false, SampleApplications.Valid(quasi, kind: "準公共", name: "医療情報機構", lgCode: null, system: "医療情報連携基盤", adminEmail: "admin@medical.example.jp")));

        foreach (var (code, name) in SharingCities)
        {
            var id = NextId();
            var application = SampleApplications.Valid(id, name: name, lgCode: WithCheckDigit(code), system: "福祉システム", usageMode: "共同利用", adminEmail: $"admin{code}@city.example.lg.jp");
            list.Add(new CrashApplication(id, true, application));
        }

        // Half of the single-use ones ask for Tokyo only: their region step has nothing to subscribe.
        foreach (var application in list.Where((_, i) => i % 2 == 1 && !list[i].SharedUse))
        {
            application.Payload["extraRegions"] = new JsonArray();
        }

        return list;
    }

    // 地方公共団体コード: the sixth digit is (11 - Σ digit×(6..2) mod 11) mod 10.
    private static string WithCheckDigit(string five)
    {
        var sum = five.Select((c, i) => (c - '0') * (6 - i)).Sum();
        return five + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
