using ChatOps.Provisioning.Template.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ChatOps.Provisioning.Template.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="TemplateNode"/> tree. A syntax error ends reading (the parser cannot go on)
/// and is the one problem returned; aliases and further documents are reported and skipped.
/// </summary>
internal static class TemplateYamlReader
{
    public static (TemplateNode? Root, IReadOnlyList<TemplateProblem> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<TemplateProblem>();
        var parser = new Parser(new StringReader(text));
        var last = TemplatePosition.Start;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return (null, problems);
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, problems, ref last);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                problems.Add(new(Position(second.Start), "a template file holds one YAML document; remove the second '---' document"));
            }

            return (root, problems);
        }
        catch (YamlException exception)
        {
            return (null, [new(Position(exception.Start), "YAML syntax error: " + Clean(exception.Message))]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed flow collections.
            return (null, [new(last, "YAML syntax error: malformed flow collection ('[...]' or '{...}') near here")]);
        }
    }

    private static TemplateNode ReadNode(IParser parser, List<TemplateProblem> problems, ref TemplatePosition last)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        last = Position(current.Start);
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                problems.Add(new(last, $"aliases (*{alias.Value}) are not supported; write the value out"));
                return new TemplateScalar(string.Empty, last, IsQuoted: false, IsNull: true, null) { IsAlias = true };
            case Scalar scalar:
                parser.MoveNext();
                return ToScalar(scalar);
            case SequenceStart:
                parser.MoveNext();
                var items = new List<TemplateNode>();
                var sequenceAt = last;
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, problems, ref last));
                }

                return new TemplateSequence(items, sequenceAt);
            case MappingStart:
                parser.MoveNext();
                var entries = new List<TemplateEntry>();
                var mappingAt = last;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, problems, ref last);
                    var value = ReadNode(parser, problems, ref last);
                    if (key is TemplateScalar scalarKey)
                    {
                        entries.Add(new TemplateEntry(scalarKey, value));
                    }
                    else
                    {
                        problems.Add(new(key.At, "mapping keys must be plain text"));
                    }
                }

                return new TemplateMapping(entries, mappingAt);
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private static TemplateScalar ToScalar(Scalar scalar)
    {
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        var quoteWidth = quoted ? 1 : 0;
        var oneToOne = scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
            && scalar.Start.Line == scalar.End.Line
            && scalar.End.Column - scalar.Start.Column == scalar.Value.Length + (2 * quoteWidth);
        var at = Position(scalar.Start);
        return new TemplateScalar(scalar.Value, at, quoted, isNull, oneToOne ? at.Column + quoteWidth : null);
    }

    private static TemplatePosition Position(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    // The parser prefixes messages with the mark ("(Line: 3, Col: 2, Idx: 20) - (...): "); we print our own.
    private static string Clean(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
