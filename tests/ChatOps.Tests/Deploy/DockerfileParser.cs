using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatOps.Tests.Deploy;

/// <summary>
/// Just enough of the Dockerfile grammar for a lint: comments, backslash continuations, exec-form arrays and
/// <c>KEY=value</c> pairs of ENV and ARG (with the legacy <c>ENV KEY value</c> form).
/// </summary>
internal static partial class DockerfileParser
{
    public static IReadOnlyList<DockerfileInstruction> Parse(string text)
    {
        var instructions = new List<DockerfileInstruction>();
        var current = new StringBuilder();
        var stage = -1;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }

            var continues = line.EndsWith('\\');
            current.Append(continues ? line[..^1] : line).Append(' ');
            if (continues)
            {
                continue;
            }

            var joined = current.ToString().Trim();
            current.Clear();
            if (joined.Length == 0)
            {
                continue;
            }

            var space = joined.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? joined : joined[..space]).ToUpperInvariant();
            if (keyword == "FROM")
            {
                stage++;
            }

            instructions.Add(new DockerfileInstruction(keyword, space < 0 ? "" : joined[(space + 1)..].Trim(), stage));
        }

        return instructions;
    }

    /// <summary>The exec form <c>["a", "b"]</c> as its strings; null for the shell form.</summary>
    public static IReadOnlyList<string>? ExecForm(string arguments) =>
        arguments.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(arguments) : null;

    /// <summary>The settings of an ENV or ARG instruction; a value is null when none is given (<c>ARG NAME</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Settings(DockerfileInstruction instruction)
    {
        var pairs = Pair().Matches(instruction.Arguments);
        if (pairs.Count == 0)
        {
            var parts = instruction.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? [] : [new(parts[0], parts.Length > 1 ? parts[1].Trim() : null)];
        }

        return pairs.Select(match => new KeyValuePair<string, string?>(match.Groups["name"].Value, Unquote(match.Groups["value"].Value))).ToList();
    }

    /// <summary>ENV and ARG settings whose name suggests a credential and that carry a value: never bake those in.</summary>
    public static IReadOnlyList<string> SecretLikeSettings(IEnumerable<DockerfileInstruction> instructions) =>
        instructions.Where(instruction => instruction.Keyword is "ENV" or "ARG")
            .SelectMany(Settings)
            .Where(setting => SecretName().IsMatch(setting.Key) && !string.IsNullOrEmpty(setting.Value))
            .Select(setting => setting.Key)
            .ToList();

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    [GeneratedRegex("""(?<name>[A-Za-z_][A-Za-z0-9_.-]*)=(?<value>"[^"]*"|'[^']*'|\S*)""")]
    private static partial Regex Pair();

    [GeneratedRegex("TOKEN|SECRET|PASSWORD|PASSWD|KEY", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
