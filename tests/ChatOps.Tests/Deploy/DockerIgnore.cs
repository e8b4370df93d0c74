using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Tests.Deploy;

/// <summary>
/// .dockerignore matching as the Docker builder does it: patterns relative to the context root, <c>*</c> and
/// <c>?</c> within one path segment, <c>**</c> across segments, a matched directory excludes everything in it,
/// and the last matching pattern wins (<c>!</c> re-includes).
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Excludes)> _rules = [];

    public DockerIgnore(string text)
    {
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var excludes = !line.StartsWith('!');
            var pattern = (excludes ? line : line[1..]).Trim().Trim('/');
            if (pattern.StartsWith("./", StringComparison.Ordinal))
            {
                pattern = pattern[2..];
            }

            _rules.Add((ToRegex(pattern), excludes));
        }
    }

    public bool Excludes(string relativePath)
    {
        var path = relativePath.Replace('\\', '/').Trim('/');
        var excluded = false;
        foreach (var (pattern, excludes) in _rules)
        {
            if (SelfOrParents(path).Any(pattern.IsMatch))
            {
                excluded = excludes;
            }
        }

        return excluded;
    }

    private static IEnumerable<string> SelfOrParents(string path)
    {
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
        {
            yield return path[..end];
        }
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" matches zero or more whole directories; a trailing "**" matches anything.
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(pattern[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(pattern[i].ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
