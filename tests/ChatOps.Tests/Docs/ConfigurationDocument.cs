using System.Text.RegularExpressions;

namespace ChatOps.Tests.Docs;

/// <summary>
/// The keys a configuration reference documents: each table row whose first cell is a backticked key (it holds a
/// <c>:</c>), e.g. <c>| `Oci:Endpoints:&lt;Service&gt;` | type | default | secret | meaning |</c>.
/// </summary>
internal sealed partial class ConfigurationDocument
{
    private const int DefaultColumn = 2;

    private readonly Dictionary<string, IReadOnlyList<string>> _rows = new(StringComparer.Ordinal);

    public ConfigurationDocument(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var cells = Cells(line);
            if (cells.Count > 0 && KeyCell().Match(cells[0]) is { Success: true } match && match.Groups["key"].Value.Contains(':', StringComparison.Ordinal))
            {
                _rows.TryAdd(match.Groups["key"].Value, cells);
            }
        }
    }

    public IReadOnlyCollection<string> Keys => _rows.Keys;

    /// <summary>
    /// Whether <paramref name="key"/> (which may hold <see cref="OptionKeys.Placeholder"/>) is documented: exactly,
    /// or with a named placeholder such as <c>&lt;State&gt;</c> where the code has a free dictionary key.
    /// </summary>
    public bool Documents(string key) => _rows.Keys.Any(documented => Matches(key, documented));

    /// <summary>The Default cell of a documented key, as written (e.g. <c>`00:00:30`</c> or <c>— (required)</c>).</summary>
    public string? DefaultOf(string key) =>
        _rows.TryGetValue(key, out var cells) && cells.Count > DefaultColumn ? cells[DefaultColumn] : null;

    /// <summary>Cells of every table row, for tables that are not key tables (e.g. the per-state defaults).</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(string markdown) =>
        markdown.ReplaceLineEndings("\n").Split('\n').Select(Cells).Where(cells => cells.Count > 0);

    public static bool Matches(string key, string documented)
    {
        ArgumentNullException.ThrowIfNull(key);
        var pattern = "^" + Regex.Escape(key).Replace(Regex.Escape(OptionKeys.Placeholder), "<[A-Za-z]+>", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(documented, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // A pipe escaped as \| (inside a type like `A` \| `B`) does not end a cell.
    private static IReadOnlyList<string> Cells(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|') || !trimmed.EndsWith('|') || trimmed.Length < 2)
        {
            return [];
        }

        return CellBoundary().Split(trimmed[1..^1]).Select(cell => cell.Trim()).ToList();
    }

    [GeneratedRegex(@"^`(?<key>[^`]+)`$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyCell();

    [GeneratedRegex(@"(?<!\\)\|", RegexOptions.CultureInvariant)]
    private static partial Regex CellBoundary();
}
