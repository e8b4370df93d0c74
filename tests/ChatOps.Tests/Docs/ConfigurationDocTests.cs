using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ChatOps.Bot.Operations;
using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Docs;

/// <summary>
/// docs/configuration.md against the code: every key an options type binds or the host reads directly is
/// documented, nothing documented is unknown to the code, and the documented defaults are the code's.
/// </summary>
public sealed partial class ConfigurationDocTests
{
    private static readonly Assembly[] ProductAssemblies = [typeof(StoreOptions).Assembly, typeof(EndpointOptions).Assembly];

    // Read by the .NET logging framework itself, not by our code.
    private static readonly string[] FrameworkKeys = ["Logging:LogLevel:<Category>"];

    private static readonly Lazy<string> Markdown = new(() => File.ReadAllText(RepositoryRoot.File("docs", "configuration.md")));

    private static ConfigurationDocument Document => new(Markdown.Value);

    private static IReadOnlyList<(Type Type, string Section)> BoundTypes => OptionKeys.BoundTypes(ProductAssemblies);

    private static IEnumerable<(Type Type, string Section, string Key)> OptionKeysOfProduct =>
        BoundTypes.SelectMany(bound => OptionKeys.For(bound.Section, bound.Type).Select(key => (bound.Type, bound.Section, key)));

    private static IReadOnlyList<string> DirectReads => DirectConfigurationReads.In(
        new[] { "Bot", "Provisioning" }.SelectMany(project => Directory.EnumerateFiles(RepositoryRoot.File("src", project), "*.cs", SearchOption.AllDirectories)));

    [Fact]
    public void Discovery_finds_every_options_type_bound_to_configuration()
    {
        string[] known = ["Storage", "Engine", "Workflow", "Applications", "Authorization", "Outbox", "Watchdog", "Oci", "Template",
            "Gcas", "Gcas:Auth", "Gcas:Push", "Email", "Slack", "Simulation"];
        var sections = BoundTypes.Select(bound => bound.Section).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(known.ToHashSet(StringComparer.Ordinal), sections);
        Assert.Equal(2, BoundTypes.Count(bound => bound.Section == "Slack"));
        Assert.All(BoundTypes, bound => Assert.NotEmpty(OptionKeys.For(bound.Section, bound.Type)));
    }

    [Fact]
    public void Every_bound_option_is_documented()
    {
        var document = Document;
        var missing = OptionKeysOfProduct.Where(option => !document.Documents(option.Key))
            .Select(option => $"{option.Key} ({option.Type.Name})").ToList();

        Assert.True(missing.Count == 0, "Add these keys to docs/configuration.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_key_read_directly_from_configuration_is_documented()
    {
        var reads = DirectReads;
        Assert.Superset(new HashSet<string>(["Sandbox:Enabled", "Sandbox:Port", "Sandbox:SeededApplications", "Http:Port", "Admin:Port", "Logging:Format"]), reads.ToHashSet());

        var document = Document;
        var missing = reads.Where(key => !document.Documents(key)).ToList();

        Assert.True(missing.Count == 0, "Add these keys to docs/configuration.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_documented_key_exists_in_the_code()
    {
        var known = OptionKeysOfProduct.Select(option => option.Key).Concat(DirectReads).ToList();
        var unknown = Document.Keys
            .Where(documented => !FrameworkKeys.Contains(documented, StringComparer.Ordinal)
                && !known.Any(key => ConfigurationDocument.Matches(key, documented)))
            .ToList();

        Assert.True(unknown.Count == 0, "docs/configuration.md documents keys the code does not read: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Documented_defaults_are_the_code_defaults()
    {
        var document = Document;
        var compared = 0;
        var wrong = new List<string>();
        foreach (var (type, section, key) in OptionKeysOfProduct.Where(option => !option.Key.Contains(OptionKeys.Placeholder, StringComparison.Ordinal)))
        {
            var (propertyType, value) = OptionDefaults.Of(type, section, key);
            var cell = document.DefaultOf(key);
            if (cell is null)
            {
                continue;
            }

            if (cell.StartsWith('—'))
            {
                compared++;
                if (!OptionDefaults.IsEmpty(value))
                {
                    wrong.Add($"{key}: documented as none, code default is '{value}'");
                }
            }
            else if (SingleCode().Match(cell) is { Success: true } match)
            {
                compared++;
                var documented = TypeDescriptor.GetConverter(propertyType).ConvertFromInvariantString(match.Groups["value"].Value);
                if (!Equals(documented, value))
                {
                    wrong.Add($"{key}: documented '{match.Groups["value"].Value}', code default is '{value}'");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
        Assert.True(compared >= 60, $"only {compared} defaults could be compared; keep the Default column as `value` or —");
    }

    [Fact]
    public void Documented_step_defaults_are_WorkflowOptions_DefaultPolicies()
    {
        var rows = ConfigurationDocument.Rows(Markdown.Value)
            .Where(cells => cells.Count == 7 && StateCell(cells[0]) is not null)
            .ToDictionary(cells => StateCell(cells[0])!.Value, cells => cells);

        Assert.Equal(WorkflowOptions.DefaultPolicies.Keys.Order(), rows.Keys.Order());
        foreach (var (state, policy) in WorkflowOptions.DefaultPolicies)
        {
            var cells = rows[state];
            Assert.Equal(policy.MaxAttempts.ToString(CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(policy.BaseDelay, Span(cells[2]));
            Assert.Equal(policy.MaxDelay, Span(cells[3]));
            Assert.Equal(policy.PollInterval, Span(cells[4]));
            Assert.Equal(policy.MaxPollsPerSecond, cells[5] == "—" ? null : double.Parse(cells[5].Trim('`'), CultureInfo.InvariantCulture));
            Assert.Equal(policy.Timeout, Span(cells[6]));
            Assert.Equal(0.2, policy.Jitter);
        }

        Assert.Equal("`0.2`", Document.DefaultOf("Workflow:Steps:<State>:Jitter"));
    }

    [Fact]
    public void Documented_watchdog_durations_are_WatchdogOptions_Defaults()
    {
        var text = Markdown.Value;
        var start = text.IndexOf("`Watchdog:ExpectedDurations:<State>` defaults", StringComparison.Ordinal);
        Assert.True(start >= 0, "the Watchdog section lists the expected-duration defaults");
        var paragraph = text[start..text.IndexOf("\n\n", start, StringComparison.Ordinal)];
        var documented = StateSpan().Matches(paragraph).ToDictionary(m => m.Groups["state"].Value, m => Span(m.Groups["span"].Value));

        Assert.Equal(WatchdogOptions.Defaults.ToDictionary(pair => pair.Key.ToString(), pair => (TimeSpan?)pair.Value), documented);
    }

    [Fact]
    public void The_check_finds_each_shape_of_option_and_reports_what_is_missing()
    {
        Assert.Equal(
            new[] { "Sample:Name", "Sample:Timeout", "Sample:Members", "Sample:Limits:<*>", "Sample:Steps:<*>:MaxAttempts", "Sample:Nested:MaxAttempts" },
            OptionKeys.For(SampleOptions.Section, typeof(SampleOptions)));
        var document = new ConfigurationDocument("""
            | Key | Type | Default | Secret | Meaning |
            |---|---|---|---|---|
            | `Sample:Name` | string | — | no | A name. |
            | `Sample:Limits:<Service>` | double | `5` | no | Per service. |
            | `Sample:Steps:<Step>:MaxAttempts` | int | `5` | no | Per step. |
            | `Sample:Nested:MaxAttempts` | int | `5` | no | Nested. |
            """);

        var missing = OptionKeys.For(SampleOptions.Section, typeof(SampleOptions)).Where(key => !document.Documents(key));

        Assert.Equal(new[] { "Sample:Timeout", "Sample:Members" }, missing);
        Assert.False(document.Documents("Sample:Nested"));
        Assert.False(ConfigurationDocument.Matches("Sample:Limits:<*>", "Sample:Limits:<Service>:Extra"));
    }

    private static RequestState? StateCell(string cell) =>
        cell.Length > 2 && cell[0] == '`' && cell[^1] == '`' && Enum.TryParse<RequestState>(cell[1..^1], out var state) ? state : null;

    private static TimeSpan? Span(string cell) =>
        cell == "—" ? null : TimeSpan.Parse(cell.Trim('`'), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^`(?<value>[^`]+)`$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleCode();

    [GeneratedRegex(@"`(?<state>[A-Za-z]+)`\s+`(?<span>[0-9.:]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex StateSpan();
}
