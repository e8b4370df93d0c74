using System.Text.RegularExpressions;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Deploy;

public partial class SecretHygieneTests
{
    [Fact]
    public void The_only_secret_committed_is_the_example_and_it_holds_placeholders_only()
    {
        var secret = Assert.Single(Manifests.All, document => document.Kind == "Secret");
        Assert.Equal("base/secret.example.yaml", secret.RelativePath);
        Assert.Null(YamlPath.Node(secret.Root, "data"));

        var values = YamlPath.StringMap(secret.Root, "stringData");
        Assert.NotEmpty(values);
        Assert.All(values, pair => Assert.Matches(Placeholder(), pair.Value));
    }

    [Theory]
    [InlineData("<xoxb-bot-token>", true)]
    [InlineData("<identity-domain-client-secret-or-remove>", true)]
    [InlineData("xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx", false)]
    [InlineData("<xoxb-1>-but-filled", false)]
    [InlineData("", false)]
    public void Placeholders_are_told_apart_from_values(string value, bool isPlaceholder)
    {
        Assert.Equal(isPlaceholder, Placeholder().IsMatch(value));
    }

    [Fact]
    public void No_file_of_the_deployment_or_the_image_contains_a_token_or_key()
    {
        var files = Manifests.Files.Append(RepositoryRoot.File("Dockerfile")).Append(RepositoryRoot.File(".dockerignore"));

        Assert.All(files, file => Assert.False(CredentialLike().IsMatch(File.ReadAllText(file)), $"{file} contains something that looks like a credential"));
    }

    [Theory]
    [InlineData("Slack__BotToken: xoxb-2048-4096-abcdefABCDEF")]
    [InlineData("token: xapp-1-A0123-456-deadbeef")]
    [InlineData("key: |\n  -----BEGIN PRIVATE KEY-----")]
    public void The_credential_scan_finds_tokens_and_keys(string text)
    {
        Assert.Matches(CredentialLike(), text);
    }

    [Fact]
    public void The_config_map_holds_well_formed_keys_none_of_them_secret()
    {
        var keys = YamlPath.StringMap(Manifests.Single("base", "ConfigMap", "chatops-config").Root, "data").Keys
            .Concat(YamlPath.StringMap(Manifests.Single("overlays/example", "ConfigMap", "chatops-config").Root, "data").Keys)
            .ToList();

        Assert.All(keys, key => Assert.Matches(ConfigurationKey(), key));
        Assert.DoesNotContain(keys, key => SecretName().IsMatch(key.Split("__")[^1]));
    }

    [GeneratedRegex(@"^<[a-z0-9][a-z0-9-]*>$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"xox[abposr]-[0-9]|xapp-[0-9]-|-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)|ocid1\.credential\.")]
    private static partial Regex CredentialLike();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*(__[A-Za-z0-9]+)*$")]
    private static partial Regex ConfigurationKey();

    [GeneratedRegex(@"(Token|Secret|Password|Passphrase|Key)$")]
    private static partial Regex SecretName();
}
