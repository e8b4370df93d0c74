namespace ChatOps.Provisioning.Applications;

/// <summary>
/// Derives the OCI tenancy (or shared-use compartment) name of every environment: lowercase letters and
/// digits only, starting with a letter, within <see cref="ApplicationRules.MaxTenancyNameLength"/>, and unique
/// among our requests. A local government's names start from its 団体コード (<c>lg131016prd</c>), so an
/// operator can tell whose tenancy it is from the name alone.
/// </summary>
public static class TenancyNameDeriver
{
    public static IReadOnlyList<EnvironmentPlan> Plan(
        OrganizationKind kind,
        string? lgCode,
        string applicationId,
        IReadOnlyList<(EnvironmentType Type, int Count)> environments,
        int maxLength,
        Func<string, bool> isTaken)
    {
        var stem = Stem(kind, lgCode, applicationId);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<EnvironmentPlan>();
        foreach (var (type, count) in environments)
        {
            for (var index = 1; index <= count; index++)
            {
                var key = Vocabulary.Key(type) + (count > 1 ? $"-{index}" : string.Empty);
                var wanted = key.Replace("-", string.Empty, StringComparison.Ordinal);
                var name = FirstFree(stem, wanted, maxLength, candidate => chosen.Contains(candidate) || isTaken(candidate));
                chosen.Add(name);
                plans.Add(new EnvironmentPlan(type, index, key, name));
            }
        }

        return plans;
    }

    private static string Stem(OrganizationKind kind, string? lgCode, string applicationId)
    {
        var prefix = kind switch
        {
            OrganizationKind.LocalGovernment => "lg",
            OrganizationKind.Ministry => "gov",
            _ => "qp",
        };
        var body = lgCode ?? Slug(applicationId);
        return prefix + body;
    }

    private static string Slug(string applicationId)
    {
        var ascii = new string([.. applicationId.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return ascii.Length > 10 ? ascii[^10..] : ascii;
    }

    private static string FirstFree(string stem, string suffix, int maxLength, Func<string, bool> taken)
    {
        for (var n = 1; ; n++)
        {
            var counter = n == 1 ? string.Empty : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var room = maxLength - suffix.Length - counter.Length;
            var candidate = (stem.Length > room ? stem[..room] : stem) + suffix + counter;
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }
}
