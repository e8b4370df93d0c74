namespace ChatOps.Provisioning.Applications;

/// <summary>Where and how much: the environments requested and the regions they go to.</summary>
internal sealed class PlacementRules(ApplicationRules rules, ProblemList problems)
{
    public List<(EnvironmentType Type, int Count)>? Environments(IReadOnlyList<EnvironmentRequest>? requested)
    {
        if (requested is null || requested.Count == 0)
        {
            problems.Add("environments", "環境を 1 つ以上指定してください。", "At least one environment is required.");
            return null;
        }

        var result = new List<(EnvironmentType, int)>();
        for (var i = 0; i < requested.Count; i++)
        {
            var (label, count) = requested[i];
            var path = $"environments[{i}]";
            if (label is null || !Vocabulary.TryParseEnvironment(label, out var type))
            {
                problems.Add($"{path}.type", "本番・検証・開発 のいずれかを指定してください。", "Must be 本番, 検証 or 開発.");
                continue;
            }

            if (count is not { } n || n < 1 || n > rules.MaxEnvironmentCount)
            {
                problems.Add($"{path}.count", $"1〜{rules.MaxEnvironmentCount} の整数で指定してください。", $"Must be an integer from 1 to {rules.MaxEnvironmentCount}.");
                continue;
            }

            if (result.Any(existing => existing.Item1 == type))
            {
                problems.Add($"{path}.type", "同じ環境種別が重複しています。", "This environment type is listed twice.");
                continue;
            }

            result.Add((type, n));
        }

        var total = result.Sum(entry => entry.Item2);
        if (total > rules.MaxTenanciesPerApplication)
        {
            problems.Add("environments", $"1 申請あたりの環境数は {rules.MaxTenanciesPerApplication} までです。", $"At most {rules.MaxTenanciesPerApplication} environments per application.");
        }

        return result.Count == requested.Count ? result : null;
    }

    public string? Region(string? value, string field, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Missing(field);
            }

            return null;
        }

        if (rules.Regions.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var allowed = string.Join(", ", rules.Regions);
        problems.Add(field, $"利用できるリージョンは {allowed} です。", $"Allowed regions are {allowed}.");
        return null;
    }

    public List<string> ExtraRegions(IReadOnlyList<string?> values, string? homeRegion)
    {
        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var region = Region(values[i], $"extraRegions[{i}]", required: true);
            if (region is null)
            {
                continue;
            }

            if (region == homeRegion || result.Contains(region))
            {
                problems.Add($"extraRegions[{i}]", "ホームリージョンまたは他の追加リージョンと重複しています。", "Duplicates the home region or another extra region.");
                continue;
            }

            result.Add(region);
        }

        return result;
    }
}
