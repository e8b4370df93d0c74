namespace ChatOps.Provisioning.Template.Model;

/// <summary>
/// A string from the file and where it starts. <see cref="FirstCharColumn"/> is the column of the value's first
/// character when every character maps to one column (one line, no escapes), so errors inside it can point exactly.
/// </summary>
internal sealed record TemplateText(string Value, TemplatePosition At, int? FirstCharColumn = null)
{
    public TemplatePosition PositionOf(int offset) =>
        FirstCharColumn is { } column ? At with { Column = column + offset } : At;
}
