using System.Globalization;
using System.Text.Json;

namespace ChatOps.Bot.Demo;

/// <summary>
/// Realistic applications for the demo: real local governments with their real codes, a ministry and a
/// shared-use system, and every seventh one deliberately malformed in a different way.
/// </summary>
internal static class DemoApplications
{
    private static readonly (string Kind, string Name, string? Code, string System, string Mail)[] Organisations =
    [
        ("地方公共団体", "千代田区", "131016", "住民記録システム", "cloud-admin@city.chiyoda.lg.jp"),
        ("地方公共団体", "札幌市", "011002", "税務システム", "gcloud@city.sapporo.jp"),
        ("地方公共団体", "大阪市", "271004", "国民健康保険システム", "infra@city.osaka.lg.jp"),
        ("国の機関", "デジタル庁", null, "ガバメントクラウド検証基盤", "platform@digital.go.jp"),
        ("地方公共団体", "堺市", "271403", "介護保険システム", "it-admin@city.sakai.lg.jp"),
        ("地方公共団体", "相模原市", "141500", "児童手当システム", "johou@city.sagamihara.kanagawa.jp"),
    ];

    private static readonly (string Label, Func<string, string> Payload)[] Malformed =
    [
        ("check digit", id => Json(id, "地方公共団体", "千代田区", "131017", "単独利用", "admin@city.chiyoda.lg.jp", "ap-tokyo-1")),
        ("e-mail", id => Json(id, "地方公共団体", "札幌市", "011002", "単独利用", "admin@@city.sapporo.jp", "ap-tokyo-1")),
        ("region", id => Json(id, "地方公共団体", "大阪市", "271004", "単独利用", "admin@city.osaka.lg.jp", "us-ashburn-1")),
        ("mention injection", id => Json(id, "地方公共団体", "<!channel> 緊急", "271403", "単独利用", "admin@city.sakai.lg.jp", "ap-tokyo-1")),
        ("not JSON", id => "{\"applicationId\": \"" + id + "\", \"organization\": "),
    ];

    public static IReadOnlyList<DemoApplication> Create(int count, string runId)
    {
        var result = new List<DemoApplication>();
        for (var i = 1; i <= count; i++)
        {
            var id = $"DEMO-{runId}-{i.ToString("D3", CultureInfo.InvariantCulture)}";
            if (i % 7 == 3)
            {
                var (label, payload) = Malformed[(i / 7) % Malformed.Length];
                result.Add(new DemoApplication(id, payload(id), false, "malformed: " + label));
                continue;
            }

            var org = Organisations[i % Organisations.Length];
            var shared = i % 5 == 0;
            result.Add(new DemoApplication(id, Json(id, org.Kind, org.Name, org.Code, shared ? "共同利用" : "単独利用", org.Mail, "ap-tokyo-1", osaka: i % 2 == 0, system: org.System), true,
                $"{org.Name} {org.System}"));
        }

        return result;
    }

    private static string Json(string id, string kind, string name, string? code, string mode, string mail, string home, bool osaka = false, string system = "住民記録システム") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["applicationId"] = id,
            ["submittedAt"] = "2026-12-01T09:00:00+09:00",
            ["csp"] = "OCI",
            ["organization"] = new Dictionary<string, object?> { ["kind"] = kind, ["name"] = name, ["lgCode"] = code },
            ["system"] = new Dictionary<string, object?> { ["name"] = system },
            ["usageMode"] = mode,
            ["environments"] = new[] { new { type = "本番", count = 1 }, new { type = "検証", count = 1 } },
            ["homeRegion"] = home,
            ["extraRegions"] = osaka ? new[] { "ap-osaka-1" } : Array.Empty<string>(),
            ["adminEmails"] = new[] { mail },
            ["operator"] = mode == "共同利用" ? new { companyName = "ガバクラ運用株式会社", contactEmail = "ops@gov-operator.example.jp" } : null,
            ["requestedStartDate"] = "2027-01-04",
        });
}
