using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Deploy;

public class KubernetesManifestTests
{
    private static readonly Dictionary<string, string> KnownKinds = new(StringComparer.Ordinal)
    {
        ["Namespace"] = "v1",
        ["ServiceAccount"] = "v1",
        ["ConfigMap"] = "v1",
        ["Secret"] = "v1",
        ["Service"] = "v1",
        ["Pod"] = "v1",
        ["StatefulSet"] = "apps/v1",
        ["NetworkPolicy"] = "networking.k8s.io/v1",
        ["Kustomization"] = "kustomize.config.k8s.io/v1beta1",
    };

    [Fact]
    public void Every_yaml_file_parses_into_documents_of_known_kinds()
    {
        Assert.NotEmpty(Manifests.Files);
        Assert.All(Manifests.Files, file => Assert.NotEmpty(Manifests.Load(file)));
        Assert.All(Manifests.All, document =>
        {
            Assert.True(document.Kind is not null && KnownKinds.ContainsKey(document.Kind), $"{document}: unknown kind");
            Assert.Equal(KnownKinds[document.Kind!], YamlPath.Scalar(document.Root, "apiVersion"));
            if (document.Kind != "Kustomization")
            {
                Assert.False(string.IsNullOrEmpty(document.Name), $"{document}: no metadata.name");
            }
        });
    }

    [Fact]
    public void The_loader_reads_every_document_of_a_multi_document_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"chatops-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n---\n");
        try
        {
            var documents = Manifests.Load(file);

            Assert.Equal(["ConfigMap", "Namespace"], documents.Select(document => document.Kind));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Kustomizations_list_only_resources_and_patches_that_exist()
    {
        var kustomizations = Manifests.All.Where(document => document.Kind == "Kustomization").ToList();
        Assert.Contains(kustomizations, document => document.Directory == "base");
        Assert.Contains(kustomizations, document => document.Directory == "overlays/example");

        Assert.All(kustomizations, kustomization =>
        {
            foreach (var resource in Strings(kustomization.Root, "resources"))
            {
                var path = Path.GetFullPath(Path.Combine(Manifests.Root, kustomization.Directory, resource));
                Assert.True(File.Exists(path) || File.Exists(Path.Combine(path, "kustomization.yaml")), $"{kustomization}: resource {resource} does not exist");
            }

            foreach (var patch in YamlPath.Seq(kustomization.Root, "patches"))
            {
                var path = YamlPath.Scalar(patch, "path");
                Assert.True(path is not null || YamlPath.Scalar(patch, "patch") is not null, $"{kustomization}: a patch has neither path nor patch");
                Assert.True(path is null || File.Exists(Path.Combine(Manifests.Root, kustomization.Directory, path)), $"{kustomization}: patch {path} does not exist");
            }
        });
    }

    [Fact]
    public void Every_manifest_is_used_by_a_kustomization_except_the_secret_example()
    {
        var used = Manifests.All.Where(document => document.Kind == "Kustomization")
            .SelectMany(kustomization => Strings(kustomization.Root, "resources")
                .Concat(YamlPath.Seq(kustomization.Root, "patches").Select(patch => YamlPath.Scalar(patch, "path")).OfType<string>())
                .Select(item => Path.GetRelativePath(Manifests.Root, Path.GetFullPath(Path.Combine(Manifests.Root, kustomization.Directory, item))).Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);

        var unused = Manifests.All
            .Where(document => document.FileName is not ("kustomization.yaml" or "secret.example.yaml"))
            .Select(document => document.RelativePath)
            .Where(path => !used.Contains(path))
            .Distinct();

        Assert.Empty(unused);
        Assert.DoesNotContain(used, path => path.EndsWith("secret.example.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_example_overlay_fills_every_value_the_base_leaves_empty_and_picks_image_and_storage()
    {
        var baseConfig = YamlPath.StringMap(Manifests.Single("base", "ConfigMap", "chatops-config").Root, "data");
        var overlayConfig = YamlPath.StringMap(Manifests.Single("overlays/example", "ConfigMap", "chatops-config").Root, "data");
        var overlay = Manifests.Single("overlays/example", "Kustomization");

        var missing = baseConfig.Where(pair => pair.Value.Length == 0).Select(pair => pair.Key)
            .Where(key => !overlayConfig.TryGetValue(key, out var value) || value.Length == 0);
        Assert.Empty(missing);
        Assert.Contains(YamlPath.Seq(overlay.Root, "images"), image =>
            YamlPath.Scalar(image, "name") == "chatops" && YamlPath.Scalar(image, "newName") is { Length: > 0 });
        var inlinePatches = YamlPath.Seq(overlay.Root, "patches").Select(patch => YamlPath.Scalar(patch, "patch")).OfType<string>();
        Assert.Contains(inlinePatches, text => text.Contains("/spec/volumeClaimTemplates/0/spec/storageClassName", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(YamlPath.Scalar(overlay.Root, "namespace")));
    }

    private static IEnumerable<string> Strings(YamlNode root, string key) =>
        YamlPath.Seq(root, key).OfType<YamlScalarNode>().Select(node => node.Value ?? "");
}
