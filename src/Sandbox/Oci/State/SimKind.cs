namespace ChatOps.Sandbox.Oci.State;

/// <summary>The IAM resource kinds the simulator keeps.</summary>
public enum SimKind
{
    Compartment,
    Group,
    DynamicGroup,
    Policy,
    TagNamespace,
    Tag,
    TagDefault,
}
