namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Allowed values of a tag: <c>DEFAULT</c> (any string) or <c>ENUM</c> with <see cref="Values"/>.</summary>
internal sealed record TagValidator(string ValidatorType, IReadOnlyList<string>? Values = null)
{
    public static TagValidator Enum(params string[] values) => new("ENUM", values);
}
