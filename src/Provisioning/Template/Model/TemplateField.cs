namespace ChatOps.Provisioning.Template.Model;

/// <summary>One field of a resource as read: a text, a list of texts or a flag, with where its key stands.</summary>
internal sealed record TemplateField(string Name, TemplatePosition At)
{
    public TemplateText? Text { get; init; }

    public IReadOnlyList<TemplateText>? Items { get; init; }

    public bool? Flag { get; init; }
}
