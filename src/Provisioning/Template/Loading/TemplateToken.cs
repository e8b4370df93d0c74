namespace ChatOps.Provisioning.Template.Loading;

/// <summary>
/// One <c>{{...}}</c> in a text at <see cref="Offset"/>: a placeholder (<c>{{org_code}}</c>, <see cref="Key"/> null)
/// or a reference to another resource (<c>{{group:iam_admins}}</c>: <see cref="Name"/> is the reference kind).
/// </summary>
internal sealed record TemplateToken(int Offset, int Length, string Name, string? Key)
{
    public bool IsPlaceholder => Key is null;

    public string Text => Key is null ? $"{{{{{Name}}}}}" : $"{{{{{Name}:{Key}}}}}";
}
