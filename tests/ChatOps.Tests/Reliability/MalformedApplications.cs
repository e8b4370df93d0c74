using System.Text.Json.Nodes;
using ChatOps.Tests.Support;
using CsCheck;

namespace ChatOps.Tests.Reliability;

/// <summary>
/// Generators of broken GCAS applications: a valid application with one or more fields broken in a way that must be
/// refused (wrong type, missing, huge, unicode tricks, mention injection, bad codes/e-mails/regions), or plain junk.
/// </summary>
internal static class MalformedApplications
{
    private static readonly string[] Fields =
    [
        "applicationId", "organization.kind", "organization.name", "organization.lgCode", "system.name", "usageMode",
        "environments", "homeRegion", "extraRegions", "adminEmails",
    ];

    private static readonly Gen<JsonNode?> WrongTypes = Gen.OneOf<JsonNode?>(
        JsonValue.Create(42), JsonValue.Create(true), JsonValue.Create(-1.5), new JsonArray(), new JsonObject(), new JsonArray(1, 2));

    // Text that must be refused wherever it appears: Slack control sequences, nothing but control characters, too long.
    private static readonly Gen<string> Refused = Gen.OneOf(
        "<!channel> 至急", "<!here>", "<@U024BE7LH>", "<https://evil.example|千代田区>", "\u0000\u0007\u200B", new string('長', 5000), new string('a', 100_000));

    /// <summary>Odd but harmless text: accepted, and cleaned before anyone sees it.</summary>
    public static Gen<string> Harmless { get; } = Gen.OneOf(
        "\u202Eevil\u202C 市", "ab\u200Bcd", "e\u0301\u0301\u0301", "🏯🏯🏯", "'; DROP TABLE requests; --", "Ｆｕｌｌ　ｗｉｄｔｈ", "tab\there\nnewline");

    /// <summary>(description, payload) of an application that is certainly invalid.</summary>
    public static Gen<(string Why, string Payload)> Invalid => Gen.Frequency<(string, string)>(
        (4, BrokenField()),
        (2, InjectedText()),
        (1, Junk()));

    private static Gen<(string, string)> BrokenField() =>
        Gen.Select(Gen.OneOf(Fields), Gen.Int[0, 3], WrongTypes).Select((path, kind, wrong) =>
        {
            var application = TestApplications.Valid();
            var why = kind switch
            {
                0 => Remove(application, path),
                1 => Set(application, path, wrong),
                2 => Set(application, path, JsonValue.Create("")),
                _ => Set(application, path, JsonValue.Create(BadValueFor(path))),
            };
            return (why, application.ToJsonString());
        });

    private static Gen<(string, string)> InjectedText() =>
        Gen.Select(Gen.OneOf("organization.name", "system.name", "organization.lgCode", "adminEmails"), Refused).Select((path, text) =>
        {
            var application = TestApplications.Valid();
            var value = path == "adminEmails" ? (JsonNode)new JsonArray(text) : JsonValue.Create(text);
            Set(application, path, value);
            return ($"{path} = refused text", application.ToJsonString());
        });

    private static Gen<(string, string)> Junk() => Gen.OneOf(
        Gen.String.Select(s => ("random text", s)),
        Gen.Const(("truncated JSON", "{\"applicationId\": \"A\", \"organization\": {")),
        Gen.Const(("JSON array", "[{\"applicationId\": \"A\"}]")),
        Gen.Const(("deep nesting", new string('[', 5000) + new string(']', 5000))),
        Gen.Const(("JSON null", "null")));

    private static string BadValueFor(string path) => path switch
    {
        "organization.lgCode" => "131017",
        "organization.kind" => "市役所",
        "usageMode" => "両方",
        "homeRegion" => "us-ashburn-1",
        "adminEmails" => "not-an-email",
        "applicationId" => "id with spaces/and/slashes",
        _ => new string('x', 300),
    };

    private static string Remove(JsonObject application, string path)
    {
        var (parent, name) = Locate(application, path);
        parent.Remove(name);
        // Optional fields may go; what is left is still broken only for required ones, so also break the code.
        if (path is "extraRegions")
        {
            application["homeRegion"] = "nowhere-1";
        }

        return $"{path} removed";
    }

    private static string Set(JsonObject application, string path, JsonNode? value)
    {
        var (parent, name) = Locate(application, path);
        parent[name] = value?.DeepClone();
        if (path is "extraRegions" && value is JsonArray { Count: 0 })
        {
            application["homeRegion"] = "nowhere-1";
        }

        return $"{path} = {value?.ToJsonString() ?? "null"}";
    }

    private static (JsonObject Parent, string Name) Locate(JsonObject application, string path)
    {
        var parts = path.Split('.');
        var parent = parts.Length == 2 ? application[parts[0]]!.AsObject() : application;
        return (parent, parts[^1]);
    }
}
