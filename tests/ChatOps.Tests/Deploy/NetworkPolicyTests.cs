using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Deploy;

public class NetworkPolicyTests
{
    private static readonly ManifestDocument Policy = Manifests.Single("base", "NetworkPolicy", "chatops");

    [Fact]
    public void The_base_policy_selects_the_bot_and_denies_all_ingress()
    {
        var podLabels = YamlPath.StringMap(Manifests.BaseStatefulSet.Root, "spec", "template", "metadata", "labels");
        var selector = YamlPath.StringMap(Policy.Root, "spec", "podSelector", "matchLabels");
        Assert.NotEmpty(selector);
        Assert.All(selector, pair => Assert.Equal(pair.Value, podLabels.GetValueOrDefault(pair.Key)));

        Assert.Equal(["Egress", "Ingress"], YamlPath.Seq(Policy.Root, "spec", "policyTypes").Select(node => ((YamlScalarNode)node).Value).Order(StringComparer.Ordinal));
        Assert.Empty(YamlPath.Seq(Policy.Root, "spec", "ingress"));
        Assert.True(YamlPath.Node(Policy.Root, "spec", "ingress") is null or YamlSequenceNode, "ingress must be absent or an empty list");
    }

    [Fact]
    public void Egress_is_limited_to_dns_https_smtp_submission_and_the_oke_proxymux()
    {
        var rules = YamlPath.Seq(Policy.Root, "spec", "egress");
        Assert.All(rules, rule => Assert.NotEmpty(YamlPath.Seq(rule, "ports")));

        var ports = rules.SelectMany(rule => YamlPath.Seq(rule, "ports"))
            .Select(port => $"{YamlPath.Scalar(port, "protocol") ?? "TCP"}/{YamlPath.Scalar(port, "port")}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["TCP/12250", "TCP/443", "TCP/53", "TCP/587", "UDP/53"], ports);
    }

    [Fact]
    public void Any_other_policy_that_admits_traffic_opens_only_the_http_port_to_a_selected_source()
    {
        var admitting = Manifests.All.Where(document => document.Kind == "NetworkPolicy")
            .SelectMany(document => YamlPath.Seq(document.Root, "spec", "ingress"))
            .ToList();
        Assert.NotEmpty(admitting);

        Assert.All(admitting, rule =>
        {
            Assert.NotEmpty(YamlPath.Seq(rule, "from"));
            Assert.All(YamlPath.Seq(rule, "from"), source => Assert.Null(YamlPath.Node(source, "ipBlock")));
            Assert.Equal(["8080"], YamlPath.Seq(rule, "ports").Select(port => YamlPath.Scalar(port, "port")));
        });
    }

    [Fact]
    public void No_service_is_reachable_from_outside_the_cluster()
    {
        Assert.All(Manifests.All.Where(document => document.Kind == "Service"), service =>
        {
            Assert.True(YamlPath.Scalar(service.Root, "spec", "type") is null or "ClusterIP", $"{service}: type");
            Assert.DoesNotContain(YamlPath.Seq(service.Root, "spec", "ports"), port => YamlPath.Node(port, "nodePort") is not null);
            Assert.Empty(YamlPath.Seq(service.Root, "spec", "externalIPs"));
        });
    }
}
