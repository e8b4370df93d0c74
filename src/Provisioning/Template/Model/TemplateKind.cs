namespace ChatOps.Provisioning.Template.Model;

/// <summary>The resource kinds of the template, in the order that breaks ties when references allow any order.</summary>
internal enum TemplateKind
{
    Compartment,
    Group,
    DynamicGroup,
    TagNamespace,
    Tag,
    TagDefault,
    Policy,
}
