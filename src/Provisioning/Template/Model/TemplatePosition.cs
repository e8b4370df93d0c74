namespace ChatOps.Provisioning.Template.Model;

/// <summary>A place in the template file, 1-based, as the YAML parser reports it.</summary>
public readonly record struct TemplatePosition(int Line, int Column)
{
    public static TemplatePosition Start { get; } = new(1, 1);

    public override string ToString() => $"{Line}:{Column}";
}
