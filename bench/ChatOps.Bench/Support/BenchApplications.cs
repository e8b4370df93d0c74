using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Gcas;

namespace ChatOps.Bench.Support;

/// <summary>Distinct valid single-use applications (a ministry's systems, so tenancy names come from the id).</summary>
internal static class BenchApplications
{
    public static JsonObject Make(int number) => SampleApplications.Valid(
        Id(number),
        kind: "国の機関",
        name: "デジタル庁",
        lgCode: null,
        system: "業務システム" + number.ToString(CultureInfo.InvariantCulture),
        adminEmail: "cloud@digital.go.jp");

    public static string Id(int number) => "GCAS-2026-" + number.ToString("D6", CultureInfo.InvariantCulture);
}
