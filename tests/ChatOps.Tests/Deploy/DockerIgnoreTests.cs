using ChatOps.Tests.Support;

namespace ChatOps.Tests.Deploy;

public class DockerIgnoreTests
{
    private static readonly DockerIgnore Ignore = new(File.ReadAllText(RepositoryRoot.File(".dockerignore")));

    [Theory]
    [InlineData("src/Bot/bin/Release/net10.0/chatops.dll")]
    [InlineData("src/Provisioning/obj/project.assets.json")]
    [InlineData(".git/HEAD")]
    [InlineData("chatops.db")]
    [InlineData("data/chatops.db")]
    [InlineData("src/Bot/data/chatops-log.db")]
    [InlineData("tests/ChatOps.Tests/ChatOps.Tests.csproj")]
    [InlineData("tests/ChatOps.Tests/TestResults/run.trx")]
    public void Build_outputs_history_data_and_tests_stay_out_of_the_build_context(string path)
    {
        Assert.True(Ignore.Excludes(path), $"{path} would be sent to the image build");
    }

    [Theory]
    [InlineData("global.json")]
    [InlineData("ChatOps.sln")]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    [InlineData("BannedSymbols.txt")]
    [InlineData(".editorconfig")]
    [InlineData("src/Bot/ChatOps.Bot.csproj")]
    [InlineData("src/Bot/Program.cs")]
    [InlineData("src/Bot/appsettings.json")]
    [InlineData("src/Provisioning/Storage/LiteStore.cs")]
    public void What_the_build_needs_is_kept(string path)
    {
        Assert.False(Ignore.Excludes(path), $"{path} is needed by the image build but ignored");
    }

    [Fact]
    public void Every_file_the_dockerfile_copies_by_name_is_in_the_build_context()
    {
        var named = DockerfileParser.Parse(File.ReadAllText(RepositoryRoot.File("Dockerfile")))
            .Where(instruction => instruction is { Keyword: "COPY", Stage: 0 })
            .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .Where(source => !source.StartsWith("--", StringComparison.Ordinal) && source != ".")
            .ToList();

        Assert.NotEmpty(named);
        Assert.All(named, source =>
        {
            Assert.True(File.Exists(RepositoryRoot.File(source)), $"{source} does not exist");
            Assert.False(Ignore.Excludes(source), $"{source} is ignored by .dockerignore");
        });
    }

    [Theory]
    [InlineData("**/bin/\n", "a/b/bin/x.dll", true)]
    [InlineData("**/bin/\n", "bin/x.dll", true)]
    [InlineData("**/bin/\n", "binary/x", false)]
    [InlineData("*.md\n", "README.md", true)]
    [InlineData("*.md\n", "docs/a.md", false)]
    [InlineData("**/*.db\n!keep.db\n", "keep.db", false)]
    [InlineData("data/\n", "data/chatops.db", true)]
    public void The_matcher_follows_docker_rules(string patterns, string path, bool excluded)
    {
        Assert.Equal(excluded, new DockerIgnore(patterns).Excludes(path));
    }
}
