using System.Text.RegularExpressions;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Yaml;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>Reads the YAML tree into a <see cref="TemplateDraft"/>: known keys, required fields and types.</summary>
internal static partial class TemplateBuilder
{
    public const string VersionKey = "version";
    public const string NameKey = "name";
    public const string DescriptionKey = "description";
    public const string TenancyKey = "tenancy";

    /// <summary>Keys that progress records and references use for other things.</summary>
    public static IReadOnlySet<string> ReservedKeys { get; } = new HashSet<string>(StringComparer.Ordinal) { TemplateFields.Root, TenancyKey, "applied" };

    private static readonly string[] TopLevelKeys =
        [VersionKey, NameKey, DescriptionKey, .. TemplateSchema.Kinds.Select(k => k.Section), TenancyKey];

    public static TemplateDraft? Build(TemplateNode? root, List<TemplateProblem> problems)
    {
        var reader = new NodeReader(problems);
        if (root is null)
        {
            reader.Problem(TemplatePosition.Start, "the template is empty; it needs at least 'version' and 'name'");
            return null;
        }

        if (reader.Mapping(root, "the template") is not { } top)
        {
            return null;
        }

        int? version = null;
        var versionAt = top.At;
        TemplateText? name = null;
        string? description = null;
        TemplateTenancySettings? tenancy = null;
        var resources = new List<TemplateResource>();
        var keys = new Dictionary<string, TemplateResource>(StringComparer.Ordinal);
        foreach (var entry in reader.Entries(top, TopLevelKeys, "at the top level"))
        {
            switch (entry.Key.Value)
            {
                case VersionKey:
                    versionAt = entry.Value.At;
                    version = reader.Integer(entry.Value, "version");
                    break;
                case NameKey:
                    name = reader.Text(entry.Value, "name");
                    break;
                case DescriptionKey:
                    description = reader.Text(entry.Value, "description")?.Value;
                    break;
                case TenancyKey:
                    tenancy = TenancySettingsBuilder.Build(reader, entry);
                    break;
                default:
                    ReadSection(reader, TemplateSchema.OfSection(entry.Key.Value)!, entry.Value, resources, keys);
                    break;
            }
        }

        if (!top.Entries.Any(e => e.Key.Value == VersionKey))
        {
            reader.Problem(top.At, "missing required key 'version' (the format version, 1)");
        }

        if (!top.Entries.Any(e => e.Key.Value == NameKey))
        {
            reader.Problem(top.At, "missing required key 'name' (the template's name)");
        }

        return new TemplateDraft(version, versionAt, name, description, resources, tenancy);
    }

    private static void ReadSection(NodeReader reader, TemplateKindSpec kind, TemplateNode node, List<TemplateResource> resources, Dictionary<string, TemplateResource> keys)
    {
        if (reader.Mapping(node, $"'{kind.Section}'") is not { } section)
        {
            return;
        }

        foreach (var entry in reader.Entries(section, null, $"in '{kind.Section}'"))
        {
            var key = entry.Key.Value;
            if (!KeyPattern().IsMatch(key))
            {
                reader.Problem(entry.Key.At, $"'{key}' is not a valid template key: use lower-case letters, digits and '_', starting with a letter (at most 63)");
            }
            else if (ReservedKeys.Contains(key))
            {
                reader.Problem(entry.Key.At, $"'{key}' is reserved; choose another key");
            }
            else if (keys.TryGetValue(key, out var other))
            {
                reader.Problem(entry.Key.At, $"key '{key}' is already used by the {TemplateSchema.Of(other.Kind).Label} at line {other.At.Line}; keys are unique across all sections");
            }

            var resource = ReadResource(reader, kind, entry, resources.Count);
            if (resource is not null)
            {
                resources.Add(resource);
                keys.TryAdd(key, resource);
            }
        }
    }

    private static TemplateResource? ReadResource(NodeReader reader, TemplateKindSpec kind, TemplateEntry entry, int order)
    {
        var where = $"in {kind.Label} '{entry.Key.Value}'";
        if (reader.Mapping(entry.Value, $"{kind.Label} '{entry.Key.Value}'") is not { } body)
        {
            if (entry.Value is TemplateScalar { IsNull: true })
            {
                reader.Problem(entry.Key.At, $"{kind.Label} '{entry.Key.Value}' is empty; it needs {string.Join(", ", kind.Fields.Where(f => f.Required).Select(f => f.Name))}");
            }

            return null;
        }

        var fields = new Dictionary<string, TemplateField>(StringComparer.Ordinal);
        var usage = TemplateUsage.Any;
        foreach (var field in reader.Entries(body, [.. kind.Fields.Select(f => f.Name)], where))
        {
            var spec = kind.Spec(field.Key.Value)!;
            var what = $"'{spec.Name}' {where}";
            var read = new TemplateField(spec.Name, field.Key.At);
            switch (spec.Type)
            {
                case TemplateFieldType.Text or TemplateFieldType.Reference:
                    if (reader.Text(field.Value, what) is { } text)
                    {
                        fields[spec.Name] = read with { Text = text };
                    }

                    break;
                case TemplateFieldType.TextList:
                    if (reader.TextList(field.Value, what) is { } items)
                    {
                        fields[spec.Name] = read with { Items = items };
                    }

                    break;
                case TemplateFieldType.Boolean:
                    if (reader.Boolean(field.Value, what) is { } flag)
                    {
                        fields[spec.Name] = read with { Flag = flag };
                    }

                    break;
                case TemplateFieldType.Usage:
                    usage = reader.Usage(field.Value, what) ?? usage;
                    break;
            }
        }

        foreach (var missing in kind.Fields.Where(f => f.Required && !body.Entries.Any(e => e.Key.Value == f.Name)))
        {
            reader.Problem(entry.Key.At, $"missing required field '{missing.Name}' {where}");
        }

        return new TemplateResource(kind.Kind, entry.Key.Value, entry.Key.At, order) { Fields = fields, Usage = usage };
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
