using System.Text.RegularExpressions;

namespace ChatOps.Tests.Docs;

/// <summary>
/// Keys the product reads straight from <c>IConfiguration</c> rather than through an options type:
/// <c>configuration["Sandbox:Port"]</c>, or a helper called as <c>Duration(configuration, "Sandbox:…", …)</c>.
/// </summary>
internal static partial class DirectConfigurationReads
{
    public static IReadOnlyList<string> In(IEnumerable<string> sourceFiles) =>
        sourceFiles.SelectMany(file => Reads().Matches(File.ReadAllText(file)))
            .Select(match => match.Groups["key"].Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"[Cc]onfiguration\s*(?:\[\s*|,\s*)""(?<key>[A-Za-z0-9]+(?::[A-Za-z0-9]+)+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Reads();
}
