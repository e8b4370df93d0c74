using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Deploy;

/// <summary>Walks a parsed YAML tree by key names; a missing step yields null rather than throwing.</summary>
internal static class YamlPath
{
    public static YamlNode? Node(YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node;
    }

    public static YamlMappingNode? Map(YamlNode? node, params string[] path) => Node(node, path) as YamlMappingNode;

    public static string? Scalar(YamlNode? node, params string[] path) => (Node(node, path) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlNode> Seq(YamlNode? node, params string[] path) =>
        Node(node, path) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    /// <summary>The mapping in a sequence whose <c>name</c> is <paramref name="name"/> (containers, volumes, env…).</summary>
    public static YamlMappingNode? Named(IEnumerable<YamlNode> items, string name) =>
        items.OfType<YamlMappingNode>().FirstOrDefault(item => Scalar(item, "name") == name);

    public static IReadOnlyDictionary<string, string> StringMap(YamlNode? node, params string[] path) =>
        Map(node, path) is { } map
            ? map.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value ?? "", pair => (pair.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
