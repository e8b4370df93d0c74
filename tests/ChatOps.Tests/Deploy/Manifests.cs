using ChatOps.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Deploy;

/// <summary>Every YAML document under deploy/k8s, parsed once (multi-document files included).</summary>
internal static class Manifests
{
    public static string Root { get; } = RepositoryRoot.File("deploy", "k8s");

    public static IReadOnlyList<string> Files { get; } = Directory
        .EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
        .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<ManifestDocument> All { get; } = Files.SelectMany(Load).ToList();

    public static IReadOnlyList<ManifestDocument> Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
        return stream.Documents
            .Where(document => document.RootNode is not YamlScalarNode { Value: null or "" })
            .Select(document => new ManifestDocument(relative, document.RootNode as YamlMappingNode
                ?? throw new InvalidDataException($"{relative}: a document is not a mapping")))
            .ToList();
    }

    public static ManifestDocument Single(string directory, string kind, string? name = null) =>
        Assert.Single(All, document => document.Directory == directory && document.Kind == kind && (name is null || document.Name == name));

    public static ManifestDocument BaseStatefulSet => Single("base", "StatefulSet", "chatops");
}
