using System.Text.Json;
using System.Xml.Linq;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Deploy;

public class DockerfileTests
{
    private static readonly IReadOnlyList<DockerfileInstruction> Instructions = DockerfileParser.Parse(File.ReadAllText(RepositoryRoot.File("Dockerfile")));
    private static readonly int RuntimeStage = Instructions.Max(instruction => instruction.Stage);
    private static readonly IReadOnlyList<DockerfileInstruction> Build = Instructions.Where(instruction => instruction.Stage == 0).ToList();
    private static readonly IReadOnlyList<DockerfileInstruction> Runtime = Instructions.Where(instruction => instruction.Stage == RuntimeStage).ToList();

    [Fact]
    public void Builds_with_the_sdk_and_runs_on_the_aspnet_runtime_copying_only_the_published_output()
    {
        var froms = Instructions.Where(instruction => instruction.Keyword == "FROM").ToList();
        Assert.True(froms.Count >= 2, "multi-stage: at least two FROM");
        Assert.Contains("dotnet/sdk:", froms[0].Arguments, StringComparison.Ordinal);
        Assert.Contains("dotnet/aspnet:", froms[^1].Arguments, StringComparison.Ordinal);

        var buildStageName = froms[0].Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var keyword, var name] && keyword.Equals("AS", StringComparison.OrdinalIgnoreCase)
            ? name
            : throw new InvalidDataException("the build stage has no name");
        var copy = Assert.Single(Runtime, instruction => instruction.Keyword == "COPY");
        Assert.StartsWith($"--from={buildStageName} /app ", copy.Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void The_images_are_of_the_dotnet_major_version_global_json_pins()
    {
        using var globalJson = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("global.json")));
        var major = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!.Split('.')[0];
        var args = Instructions.Where(instruction => instruction is { Keyword: "ARG", Stage: -1 })
            .SelectMany(DockerfileParser.Settings)
            .ToDictionary(setting => setting.Key, setting => setting.Value ?? "", StringComparer.Ordinal);

        Assert.All(Instructions.Where(instruction => instruction.Keyword == "FROM"), from =>
        {
            var image = args.Aggregate(from.Arguments.Split(' ')[0], (text, arg) => text.Replace("${" + arg.Key + "}", arg.Value, StringComparison.Ordinal));
            Assert.StartsWith(major + ".", image.Split(':')[^1], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Restores_from_the_project_files_before_copying_the_sources()
    {
        var restore = Build.ToList().FindIndex(instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var sources = Build.ToList().FindIndex(instruction => instruction.Keyword == "COPY" && instruction.Arguments.Split(' ')[0] is "." or "src" or "src/");
        Assert.True(restore >= 0 && sources > restore, "restore must come before the sources are copied, so the package layer is cached");

        var copiedBeforeRestore = Build.Take(restore).Where(instruction => instruction.Keyword == "COPY")
            .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .ToHashSet(StringComparer.Ordinal);
        foreach (var required in new[] { "global.json", "ChatOps.sln", "Directory.Build.props", "Directory.Packages.props" })
        {
            Assert.Contains(required, copiedBeforeRestore);
        }

        Assert.All(ProjectClosure("src/Bot/ChatOps.Bot.csproj"), project => Assert.Contains(project, copiedBeforeRestore));
    }

    [Fact]
    public void Publishes_the_bot_in_release_into_app()
    {
        var publish = Assert.Single(Build, instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains("dotnet publish", StringComparison.Ordinal));

        Assert.Contains("src/Bot", publish.Arguments, StringComparison.Ordinal);
        Assert.Contains("-c Release", publish.Arguments, StringComparison.Ordinal);
        Assert.Contains("-o /app", publish.Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_as_the_numeric_non_root_user_the_stateful_set_expects()
    {
        var user = Assert.Single(Runtime, instruction => instruction.Keyword == "USER").Arguments.Split(':');
        Assert.True(int.TryParse(user[0], out var uid) && uid > 0, "USER must be a numeric, non-root UID");

        var podUid = YamlPath.Scalar(Manifests.BaseStatefulSet.Root, "spec", "template", "spec", "securityContext", "runAsUser");
        Assert.Equal(podUid, user[0]);
    }

    [Fact]
    public void Data_is_a_volume_owned_by_the_app_user()
    {
        var volume = Runtime.ToList().FindIndex(instruction => instruction.Keyword == "VOLUME");
        Assert.True(volume >= 0, "no VOLUME");
        var declared = DockerfileParser.ExecForm(Runtime[volume].Arguments) ?? Runtime[volume].Arguments.Split(' ');
        Assert.Contains("/data", declared);

        var uid = Runtime.Single(instruction => instruction.Keyword == "USER").Arguments.Split(':')[0];
        Assert.Contains(Runtime.Take(volume), instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains($"chown {uid}", StringComparison.Ordinal) && instruction.Arguments.Contains("/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Sets_the_store_path_port_and_diagnostics_and_exposes_the_port()
    {
        var env = Runtime.Where(instruction => instruction.Keyword == "ENV").SelectMany(DockerfileParser.Settings)
            .ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.Ordinal);

        Assert.Equal("/data/chatops.db", env["Storage__Path"]);
        Assert.Equal("8080", env["ASPNETCORE_HTTP_PORTS"]);
        Assert.Equal("0", env["DOTNET_EnableDiagnostics"]);
        Assert.Contains(Runtime, instruction => instruction.Keyword == "EXPOSE" && instruction.Arguments.Split(' ').Contains("8080"));
    }

    [Fact]
    public void Checks_health_with_the_bot_itself_and_runs_chatops_dll()
    {
        var healthcheck = Assert.Single(Runtime, instruction => instruction.Keyword == "HEALTHCHECK");
        var command = healthcheck.Arguments[(healthcheck.Arguments.IndexOf("CMD ", StringComparison.Ordinal) + 4)..];
        Assert.Equal(["dotnet", "/app/chatops.dll", "healthcheck"], DockerfileParser.ExecForm(command));

        var entrypoint = Assert.Single(Runtime, instruction => instruction.Keyword == "ENTRYPOINT");
        Assert.Equal(["dotnet", "/app/chatops.dll"], DockerfileParser.ExecForm(entrypoint.Arguments));
    }

    [Fact]
    public void No_secret_is_baked_in()
    {
        Assert.Empty(DockerfileParser.SecretLikeSettings(Instructions));
    }

    [Fact]
    public void The_secret_lint_catches_env_and_arg_with_credential_names()
    {
        var sample = DockerfileParser.Parse("""
            ARG GITHUB_TOKEN=ghp_abc
            ARG BUILD_KEY
            FROM scratch
            ENV A=1 SLACK_BOT_TOKEN="xoxb-1" \
                Email__Password=hunter2
            ENV LEGACY_SECRET some value
            ENV DOTNET_EnableDiagnostics=0
            """);

        Assert.Equal(["GITHUB_TOKEN", "SLACK_BOT_TOKEN", "Email__Password", "LEGACY_SECRET"], DockerfileParser.SecretLikeSettings(sample));
    }

    /// <summary>The project file and every project it references, transitively, as repository-relative paths.</summary>
    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(RepositoryRoot.File(current))!;
            foreach (var reference in XDocument.Load(RepositoryRoot.File(current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value));
                pending.Push(Path.GetRelativePath(RepositoryRoot.Path, full).Replace('\\', '/'));
            }
        }

        return seen;
    }
}
