using ChatOps.Provisioning.Gcas.Auth;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Tests.Deploy;

public class StatefulSetTests
{
    private static readonly YamlMappingNode StatefulSet = Manifests.BaseStatefulSet.Root;
    private static readonly YamlNode? PodSpec = YamlPath.Node(StatefulSet, "spec", "template", "spec");
    private static readonly YamlMappingNode Container = Assert.Single(YamlPath.Seq(PodSpec, "containers").OfType<YamlMappingNode>());

    [Fact]
    public void Runs_exactly_one_replica_behind_its_headless_service()
    {
        Assert.Equal("1", YamlPath.Scalar(StatefulSet, "spec", "replicas"));
        var serviceName = YamlPath.Scalar(StatefulSet, "spec", "serviceName");
        var service = Manifests.Single("base", "Service", serviceName);
        Assert.Equal("None", YamlPath.Scalar(service.Root, "spec", "clusterIP"));

        var podLabels = YamlPath.StringMap(StatefulSet, "spec", "template", "metadata", "labels");
        Assert.All(YamlPath.StringMap(StatefulSet, "spec", "selector", "matchLabels"), pair => Assert.Equal(pair.Value, podLabels.GetValueOrDefault(pair.Key)));
        Assert.All(YamlPath.StringMap(service.Root, "spec", "selector"), pair => Assert.Equal(pair.Value, podLabels.GetValueOrDefault(pair.Key)));
    }

    [Fact]
    public void Probes_check_healthz_for_liveness_and_startup_and_readyz_for_readiness_on_the_http_port()
    {
        var port = Assert.Single(YamlPath.Seq(Container, "ports"));
        Assert.Equal("http", YamlPath.Scalar(port, "name"));
        Assert.Equal("8080", YamlPath.Scalar(port, "containerPort"));
        var config = YamlPath.StringMap(Manifests.Single("base", "ConfigMap", "chatops-config").Root, "data");
        Assert.Equal("8080", config["Http__Port"]);
        Assert.NotEqual("8080", config["Admin__Port"]);

        Assert.Equal("/healthz", YamlPath.Scalar(Container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/healthz", YamlPath.Scalar(Container, "startupProbe", "httpGet", "path"));
        Assert.Equal("/readyz", YamlPath.Scalar(Container, "readinessProbe", "httpGet", "path"));
        foreach (var probe in new[] { "livenessProbe", "readinessProbe", "startupProbe" })
        {
            Assert.Equal("http", YamlPath.Scalar(Container, probe, "httpGet", "port"));
            Assert.True(int.Parse(YamlPath.Scalar(Container, probe, "timeoutSeconds") ?? "1") >= 2, $"{probe}: a 1 s timeout fails on a loaded node");
        }

        // The startup probe must give the process time to open the store before liveness can restart it.
        var startupSeconds = int.Parse(YamlPath.Scalar(Container, "startupProbe", "periodSeconds")!) * int.Parse(YamlPath.Scalar(Container, "startupProbe", "failureThreshold")!);
        Assert.InRange(startupSeconds, 60, 600);
    }

    [Fact]
    public void Requests_and_limits_are_set_for_cpu_and_memory()
    {
        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.False(string.IsNullOrEmpty(YamlPath.Scalar(Container, "resources", kind, "cpu")), $"{kind}.cpu");
            Assert.False(string.IsNullOrEmpty(YamlPath.Scalar(Container, "resources", kind, "memory")), $"{kind}.memory");
        }
    }

    [Fact]
    public void Pod_and_container_run_non_root_read_only_without_privileges()
    {
        Assert.Equal("true", YamlPath.Scalar(PodSpec, "securityContext", "runAsNonRoot"));
        var uid = YamlPath.Scalar(PodSpec, "securityContext", "runAsUser");
        Assert.True(int.TryParse(uid, out var numericUid) && numericUid > 0, "runAsUser must be a numeric non-root UID");
        Assert.Equal(uid, YamlPath.Scalar(PodSpec, "securityContext", "fsGroup"));
        Assert.Equal("RuntimeDefault", YamlPath.Scalar(PodSpec, "securityContext", "seccompProfile", "type"));

        Assert.Equal("true", YamlPath.Scalar(Container, "securityContext", "runAsNonRoot"));
        Assert.Equal("false", YamlPath.Scalar(Container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("true", YamlPath.Scalar(Container, "securityContext", "readOnlyRootFilesystem"));
        Assert.NotEqual("true", YamlPath.Scalar(Container, "securityContext", "privileged"));
        Assert.Equal(["ALL"], YamlPath.Seq(Container, "securityContext", "capabilities", "drop").Select(node => ((YamlScalarNode)node).Value));
        Assert.Empty(YamlPath.Seq(Container, "securityContext", "capabilities", "add"));
        Assert.Equal("RuntimeDefault", YamlPath.Scalar(Container, "securityContext", "seccompProfile", "type"));
    }

    [Fact]
    public void Data_lives_on_a_read_write_once_claim_and_tmp_on_an_empty_dir()
    {
        var mounts = YamlPath.Seq(Container, "volumeMounts");
        Assert.Equal("/data", YamlPath.Scalar(YamlPath.Named(mounts, "data"), "mountPath"));
        Assert.Equal("/tmp", YamlPath.Scalar(YamlPath.Named(mounts, "tmp"), "mountPath"));
        Assert.NotNull(YamlPath.Map(YamlPath.Named(YamlPath.Seq(PodSpec, "volumes"), "tmp"), "emptyDir"));

        var claim = Assert.Single(YamlPath.Seq(StatefulSet, "spec", "volumeClaimTemplates"));
        Assert.Equal("data", YamlPath.Scalar(claim, "metadata", "name"));
        var claimSpec = YamlPath.Node(claim, "spec");
        Assert.Equal(["ReadWriteOnce"], YamlPath.Seq(claimSpec, "accessModes").Select(node => ((YamlScalarNode)node).Value));
        Assert.False(string.IsNullOrEmpty(YamlPath.Scalar(claimSpec, "resources", "requests", "storage")));
        Assert.Null(YamlPath.Scalar(claimSpec, "storageClassName"));

        var storagePath = YamlPath.StringMap(Manifests.Single("base", "ConfigMap", "chatops-config").Root, "data")["Storage__Path"];
        Assert.StartsWith("/data/", storagePath, StringComparison.Ordinal);
    }

    [Fact]
    public void The_maintenance_pod_mounts_the_claim_the_stateful_set_creates()
    {
        var claimName = $"data-{Manifests.BaseStatefulSet.Name}-0";
        var pod = Manifests.Single("maintenance", "Pod");

        var volume = YamlPath.Named(YamlPath.Seq(pod.Root, "spec", "volumes"), "data");
        Assert.Equal(claimName, YamlPath.Scalar(volume, "persistentVolumeClaim", "claimName"));
        Assert.Equal("true", YamlPath.Scalar(pod.Root, "spec", "securityContext", "runAsNonRoot"));
    }

    [Fact]
    public void No_manifest_uses_host_paths_host_namespaces_or_privileged_containers()
    {
        Assert.All(Manifests.All, document =>
        {
            Assert.DoesNotContain(Descendants(document.Root), pair => pair.Key is "hostPath" or "hostNetwork" or "hostPID" or "hostIPC");
            Assert.DoesNotContain(Descendants(document.Root), pair => pair.Key == "privileged" && pair.Value is YamlScalarNode { Value: "true" });
        });
    }

    [Fact]
    public void The_service_account_token_is_mounted_for_workload_identity_and_the_google_token_is_projected_where_the_bot_reads_it()
    {
        var serviceAccount = YamlPath.Scalar(PodSpec, "serviceAccountName");
        Manifests.Single("base", "ServiceAccount", serviceAccount);
        Assert.Equal("true", YamlPath.Scalar(PodSpec, "automountServiceAccountToken"));

        var mount = YamlPath.Named(YamlPath.Seq(Container, "volumeMounts"), "gcas-token");
        var source = Assert.Single(YamlPath.Seq(YamlPath.Named(YamlPath.Seq(PodSpec, "volumes"), "gcas-token"), "projected", "sources"));
        var tokenFile = $"{YamlPath.Scalar(mount, "mountPath")}/{YamlPath.Scalar(source, "serviceAccountToken", "path")}";
        Assert.Equal(GoogleFederationOptions.DefaultTokenFile, tokenFile);
        Assert.Equal(tokenFile, YamlPath.StringMap(Manifests.Single("base", "ConfigMap", "chatops-config").Root, "data")["Gcas__Auth__TokenFile"]);
        Assert.StartsWith("https://iam.googleapis.com/", YamlPath.Scalar(source, "serviceAccountToken", "audience"), StringComparison.Ordinal);
    }

    [Fact]
    public void Shutdown_grace_leaves_time_to_finish_steps_and_checkpoint()
    {
        Assert.InRange(int.Parse(YamlPath.Scalar(PodSpec, "terminationGracePeriodSeconds")!), 60, 600);
    }

    [Fact]
    public void Configuration_comes_from_the_config_map_and_secrets_only_from_the_secret()
    {
        Assert.Equal("chatops-config", YamlPath.Scalar(Assert.Single(YamlPath.Seq(Container, "envFrom")), "configMapRef", "name"));
        var example = YamlPath.StringMap(Manifests.Single("base", "Secret").Root, "stringData");

        var env = YamlPath.Seq(Container, "env").ToList();
        Assert.NotEmpty(env);
        Assert.All(env, variable =>
        {
            var reference = YamlPath.Map(variable, "valueFrom", "secretKeyRef");
            Assert.True(reference is not null, $"{YamlPath.Scalar(variable, "name")}: only secrets are set here; plain values belong in the ConfigMap");
            Assert.Equal("chatops-secrets", YamlPath.Scalar(reference, "name"));
            Assert.Equal(YamlPath.Scalar(variable, "name"), YamlPath.Scalar(reference, "key"));
            Assert.True(example.ContainsKey(YamlPath.Scalar(reference, "key")!), $"{YamlPath.Scalar(reference, "key")} is missing from secret.example.yaml");
        });

        var required = env.Where(variable => YamlPath.Scalar(variable, "valueFrom", "secretKeyRef", "optional") != "true").Select(variable => YamlPath.Scalar(variable, "name"));
        Assert.Equal(["Slack__AppToken", "Slack__BotToken"], required.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Key, YamlNode Value)> Descendants(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(pair => Descendants(pair.Value).Prepend((((YamlScalarNode)pair.Key).Value ?? "", pair.Value))),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Descendants),
        _ => [],
    };
}
