using System.Globalization;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Yaml;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>Typed reads of YAML nodes that record a problem (and go on) instead of stopping at the first.</summary>
internal sealed class NodeReader(List<TemplateProblem> problems)
{
    public void Problem(TemplatePosition at, string message) => problems.Add(new TemplateProblem(at, message));

    /// <summary>The entries of a mapping, first occurrence of each key only; later duplicates are reported.</summary>
    public IReadOnlyList<TemplateEntry> Entries(TemplateMapping mapping, IReadOnlyCollection<string>? known, string where)
    {
        var seen = new Dictionary<string, TemplatePosition>(StringComparer.Ordinal);
        var entries = new List<TemplateEntry>();
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (seen.TryGetValue(key, out var first))
            {
                Problem(entry.Key.At, $"duplicate key '{key}' {where} (first at line {first.Line})");
                continue;
            }

            seen[key] = entry.Key.At;
            if (known is not null && !known.Contains(key))
            {
                Problem(entry.Key.At, $"unknown key '{key}' {where}; expected one of: {string.Join(", ", known)}");
                continue;
            }

            entries.Add(entry);
        }

        return entries;
    }

    public TemplateMapping? Mapping(TemplateNode node, string what)
    {
        if (node is TemplateMapping mapping)
        {
            return mapping;
        }

        if (node is not TemplateScalar { IsNull: true })
        {
            Problem(node.At, $"{what} must be a mapping of 'key: value' lines, not {node.Description}");
        }

        return null;
    }

    public TemplateText? Text(TemplateNode node, string what)
    {
        switch (node)
        {
            case TemplateScalar { IsAlias: true }:
                return null;
            case TemplateScalar { IsNull: true }:
                Problem(node.At, $"{what} needs a value");
                return null;
            case TemplateScalar scalar:
                return scalar.ToText();
            default:
                Problem(node.At, $"{what} must be text, not {node.Description}");
                return null;
        }
    }

    public IReadOnlyList<TemplateText>? TextList(TemplateNode node, string what)
    {
        if (node is not TemplateSequence sequence)
        {
            Problem(node.At, $"{what} must be a list ('- item' lines), not {(node is TemplateScalar { IsNull: false } ? "a single value" : node.Description)}");
            return null;
        }

        var items = new List<TemplateText>();
        foreach (var item in sequence.Items)
        {
            if (Text(item, $"each entry of {what}") is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    public bool? Boolean(TemplateNode node, string what)
    {
        if (node is TemplateScalar { IsAlias: true })
        {
            return null;
        }

        if (node is TemplateScalar { IsNull: false, IsQuoted: false } scalar && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Problem(node.At, $"{what} must be true or false, not {Shown(node)}");
        return null;
    }

    public int? Integer(TemplateNode node, string what)
    {
        if (node is TemplateScalar { IsAlias: true })
        {
            return null;
        }

        if (node is TemplateScalar { IsNull: false, IsQuoted: false } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(node.At, $"{what} must be a whole number, not {Shown(node)}");
        return null;
    }

    public TemplateUsage? Usage(TemplateNode node, string what)
    {
        if (node is TemplateScalar { IsNull: false } scalar)
        {
            switch (scalar.Value)
            {
                case "any": return TemplateUsage.Any;
                case "single": return TemplateUsage.Single;
                case "shared": return TemplateUsage.Shared;
            }
        }

        Problem(node.At, $"{what} must be any, single or shared, not {Shown(node)}");
        return null;
    }

    private static string Shown(TemplateNode node) => node is TemplateScalar { IsNull: false } scalar ? $"'{scalar.Value}'" : node.Description;
}
