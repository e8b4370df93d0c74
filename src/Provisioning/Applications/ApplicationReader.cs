using System.Text.Json;

namespace ChatOps.Provisioning.Applications;

/// <summary>
/// Reads the GCAS application JSON into a draft without trusting it: wrong types become problems, unknown
/// fields are ignored, and nothing here throws on bad input.
/// </summary>
internal static class ApplicationReader
{
    public static ApplicationDraft? Read(string raw, ProblemList problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            problems.Add("$", $"JSON として解析できません（{exception.LineNumber + 1} 行目付近）。", $"Not valid JSON (near line {exception.LineNumber + 1}).");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.WrongType("$", "JSON オブジェクト", "a JSON object");
                return null;
            }

            var organization = Object(root, "organization", problems);
            var system = Object(root, "system", problems);
            var operatorCompany = Object(root, "operator", problems);
            return new ApplicationDraft
            {
                ApplicationId = Text(root, "applicationId", "applicationId", problems),
                SubmittedAt = Text(root, "submittedAt", "submittedAt", problems),
                Csp = Text(root, "csp", "csp", problems),
                Kind = Text(organization, "kind", "organization.kind", problems),
                OrganizationName = Text(organization, "name", "organization.name", problems),
                LgCode = Text(organization, "lgCode", "organization.lgCode", problems),
                SystemName = Text(system, "name", "system.name", problems),
                UsageMode = Text(root, "usageMode", "usageMode", problems),
                Environments = Environments(root, problems),
                HomeRegion = Text(root, "homeRegion", "homeRegion", problems),
                ExtraRegions = Texts(root, "extraRegions", problems) ?? [],
                AdminEmails = Texts(root, "adminEmails", problems),
                HasOperator = operatorCompany is not null,
                OperatorCompanyName = Text(operatorCompany, "companyName", "operator.companyName", problems),
                OperatorContactEmail = Text(operatorCompany, "contactEmail", "operator.contactEmail", problems),
                RequestedStartDate = Text(root, "requestedStartDate", "requestedStartDate", problems),
            };
        }
    }

    private static JsonElement? Object(JsonElement parent, string name, ProblemList problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        problems.WrongType(name, "オブジェクト", "an object");
        return null;
    }

    private static string? Text(JsonElement? parent, string name, string path, ProblemList problems)
    {
        if (parent is not { } element || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.WrongType(path, "文字列", "a string");
        return null;
    }

    private static List<string?>? Texts(JsonElement parent, string name, ProblemList problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.WrongType(name, "文字列の配列", "an array of strings");
            return null;
        }

        var items = new List<string?>();
        foreach (var (item, index) in value.EnumerateArray().Select((item, index) => (item, index)))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString());
            }
            else
            {
                problems.WrongType($"{name}[{index}]", "文字列", "a string");
                items.Add(null);
            }
        }

        return items;
    }

    private static List<EnvironmentRequest>? Environments(JsonElement root, ProblemList problems)
    {
        if (!root.TryGetProperty("environments", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.WrongType("environments", "配列", "an array");
            return null;
        }

        var items = new List<EnvironmentRequest>();
        foreach (var (item, index) in value.EnumerateArray().Select((item, index) => (item, index)))
        {
            var path = $"environments[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.WrongType(path, "オブジェクト", "an object");
                continue;
            }

            var type = Text(item, "type", $"{path}.type", problems);
            int? count = 1;
            if (item.TryGetProperty("count", out var countValue) && countValue.ValueKind != JsonValueKind.Null)
            {
                count = countValue.ValueKind == JsonValueKind.Number && countValue.TryGetInt32(out var parsed) ? parsed : null;
                if (count is null)
                {
                    problems.WrongType($"{path}.count", "整数", "an integer");
                }
            }

            items.Add(new EnvironmentRequest(type, count));
        }

        return items;
    }
}
