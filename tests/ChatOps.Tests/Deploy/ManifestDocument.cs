using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Deploy;

/// <summary>One YAML document of a file under deploy/k8s.</summary>
internal sealed record ManifestDocument(string RelativePath, YamlMappingNode Root)
{
    public string FileName => Path.GetFileName(RelativePath);

    public string Directory => Path.GetDirectoryName(RelativePath) ?? "";

    public string? Kind => YamlPath.Scalar(Root, "kind");

    public string? Name => YamlPath.Scalar(Root, "metadata", "name");

    public override string ToString() => $"{RelativePath} ({Kind} {Name})";
}
