namespace ChatOps.Provisioning.Simulation;

public enum FaultKind
{
    Transient,
    Permanent,
}
