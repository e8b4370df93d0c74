using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Gcas;
using ChatOps.Sandbox.Gcas;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Gcas;

/// <summary>Keeps docs/gcas-api.openapi.yaml honest: its schemas accept what the client sends and the samples GCAS would.</summary>
public class GcasContractTests
{
    private static readonly Lazy<JsonObject> OpenApi = new(Load);

    [Fact]
    public void Every_valid_sample_application_matches_the_application_schema()
    {
        var schema = Schema("Application");

        foreach (var application in SampleApplications.ValidSet())
        {
            var result = Evaluate(schema, application);
            Assert.True(result.IsValid, $"{application["applicationId"]}: {Errors(result)}");
        }
    }

    [Theory]
    [InlineData("missing fields")]
    [InlineData("wrong types")]
    [InlineData("huge strings")]
    [InlineData("bad e-mail")]
    [InlineData("lgCode for a ministry")]
    [InlineData("shared use without operator")]
    [InlineData("unknown environment type")]
    public void Structurally_malformed_samples_fail_the_application_schema(string defect)
    {
        var application = SampleApplications.MalformedSet().Single(m => m.Defect == defect).Application;

        Assert.False(Evaluate(Schema("Application"), application).IsValid);
    }

    [Fact]
    public void The_client_status_event_body_matches_the_status_event_schema()
    {
        var statusEvent = new GcasStatusEvent("GCAS-2026-000123", 7, GcasStatus.Completed, "k", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9)),
            Step: "ReportingToGcas", Message: "done", Reasons: ["r"],
            Tenancies: [new ProvisionedTenancy("本番", "ocid1.tenancy.oc1..x", "chiyodaprod", "ap-tokyo-1", "https://cloud.oracle.com/?tenant=chiyodaprod")]);

        var body = JsonNode.Parse(GcasStatusEventBody.Serialize(statusEvent))!;

        var result = Evaluate(Schema("StatusEvent"), body);
        Assert.True(result.IsValid, Errors(result));
        Assert.False(Evaluate(Schema("StatusEvent"), JsonNode.Parse("""{"sequence":1,"status":"done","occurredAt":"x"}""")!).IsValid);
    }

    [Fact]
    public void The_contract_declares_the_three_gcas_operations_and_the_push_endpoint()
    {
        var paths = OpenApi.Value["paths"]!.AsObject();

        Assert.NotNull(paths["/v1/oci/applications"]!["get"]);
        Assert.NotNull(paths["/v1/oci/applications/{applicationId}"]!["get"]);
        var post = paths["/v1/oci/applications/{applicationId}/status-events"]!["post"]!;
        Assert.Equal(["200", "201", "400", "401", "403", "404", "409", "429", "503"], post["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "202", "400", "401", "413", "415", "503"],
            paths["/gcas/applications"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal("3.1.0", OpenApi.Value["openapi"]!.GetValue<string>());
    }

    private static EvaluationResults Evaluate(JsonSchema schema, JsonNode instance) =>
        schema.Evaluate(JsonDocument.Parse(instance.ToJsonString()).RootElement,
            new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>A standalone 2020-12 schema: the contract's components as <c>$defs</c>, rooted at one of them.</summary>
    private static JsonSchema Schema(string name)
    {
        var definitions = OpenApi.Value["components"]!["schemas"]!.ToJsonString()
            .Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{definitions}},"$ref":"#/$defs/{{name}}"}""";
        return JsonSchema.FromText(text, new BuildOptions(), new Uri($"https://chatops.test/gcas/{name}/{Guid.NewGuid():N}"));
    }

    private static JsonObject Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "gcas-api.openapi.yaml")))
        {
            directory = directory.Parent;
        }

        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(directory!.FullName, "docs", "gcas-api.openapi.yaml"));
        yaml.Load(reader);
        return ToJson(yaml.Documents[0].RootNode)!.AsObject();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value!),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonNode? Plain(string value) =>
        value == "null" ? null
        : value is "true" or "false" ? JsonValue.Create(value == "true")
        : long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
        : JsonValue.Create(value);
}
