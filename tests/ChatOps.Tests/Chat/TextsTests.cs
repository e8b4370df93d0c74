using System.Text.RegularExpressions;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Chat;

public partial class TextsTests
{
    private static readonly string[] Folders = ["Chat", "Views", "Commands", "Interactions"];

    [Fact]
    public void Japanese_and_English_hold_the_same_keys_none_empty_and_with_the_same_placeholders()
    {
        var ja = ChatTexts.Table("ja");
        var en = ChatTexts.Table("en");

        Assert.True(ja.Count > 100);
        Assert.Equal(ja.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(ja.Concat(en), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Key));
        Assert.All(ja.Keys, key => Assert.Equal(Placeholders(ja[key]), Placeholders(en[key])));
        Assert.Contains(ja.Values, v => v.Any(c => c is >= '\u3040' and <= '\u30ff'));
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists_in_both_languages()
    {
        var source = string.Join("\n", Folders.SelectMany(f => Directory.EnumerateFiles(RepositoryRoot.File("src", "Bot", f), "*.cs", SearchOption.AllDirectories)).Select(File.ReadAllText));
        var literal = KeyLiteral().Matches(source).Select(m => m.Groups["key"].Value).Where(k => !k.EndsWith('.')).Distinct().ToList();
        var table = ChatTexts.Table("en");

        Assert.True(literal.Count > 100, $"found only {literal.Count} keys in the code");
        Assert.All(literal, key => Assert.True(table.ContainsKey(key), $"missing text '{key}'"));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Every_state_step_role_environment_usage_mode_and_action_has_its_text(string language)
    {
        var texts = ChatTexts.For(language);

        Assert.All(Enum.GetValues<RequestState>(), s => Assert.NotEmpty(texts.State(s) + texts.Step(s)));
        Assert.All(Enum.GetValues<Role>(), r => Assert.NotEmpty(texts.Role(r)));
        Assert.All(Enum.GetValues<EnvironmentType>(), e => Assert.NotEmpty(texts.Get("env." + e)));
        Assert.All(Enum.GetValues<UsageMode>(), u => Assert.NotEmpty(texts.Get("usage." + u)));
        Assert.All(Enum.GetValues<RequestAction>(), a => Assert.NotEmpty(texts.Get("reply.accepted." + a)));
        Assert.All(new[] { "active", "waiting", "failed", "done" }, f => Assert.NotEmpty(texts.Get("list.filter." + f)));
        Assert.All(new[] { "status", "list", "retry", "cancel", "audit", "stats", "verify", "help" }, v => Assert.NotEmpty(texts.Get("help." + v)));
    }

    [Fact]
    public void Times_are_JST_in_Japanese_and_UTC_in_English_and_durations_read_naturally()
    {
        var at = new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero);

        Assert.Equal("2026-12-02 00:30 JST", ChatTexts.Japanese.Time(at));
        Assert.Equal("2026-12-01 15:30 UTC", ChatTexts.English.Time(at));
        Assert.Equal("1日2時間3分", ChatTexts.Japanese.Duration(new TimeSpan(1, 2, 3, 4)));
        Assert.Equal("2 h 5 min", ChatTexts.English.Duration(TimeSpan.FromMinutes(125)));
        Assert.Equal("under a minute", ChatTexts.English.Duration(TimeSpan.FromSeconds(59)));
        Assert.Throws<InvalidOperationException>(() => ChatTexts.English.Get("no.such.key"));
    }

    [Theory]
    [InlineData("子テナンシ作成中 / child tenancy being created", "ja", "子テナンシ作成中")]
    [InlineData("子テナンシ作成中 / child tenancy being created", "en", "child tenancy being created")]
    [InlineData("確認できません: A / B / could not verify: A / B", "en", "could not verify: A / B")]
    [InlineData("確認できません: A / B / could not verify: A / B", "ja", "確認できません: A / B")]
    [InlineData("plain English / no Japanese", "ja", "plain English / no Japanese")]
    [InlineData("", "en", "")]
    public void Bilingual_notes_of_the_core_show_the_half_of_the_configured_language(string note, string language, string shown) =>
        Assert.Equal(shown, BilingualText.Pick(note, language));

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // Texts are asked for as texts.Get("key") / texts.Format("key", …), or chosen with a ternary of two literals.
    [GeneratedRegex(@"(?:Get|Format)\((?:[^()""]*\?\s*)?""(?<key>[a-z_]+\.[A-Za-z_.]*)""|""\s*:\s*""(?<key>[a-z_]+\.[a-z_]+)""")]
    private static partial Regex KeyLiteral();
}
