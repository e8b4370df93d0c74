namespace ChatOps.Provisioning.Simulation;

/// <summary>The operations of the simulated cloud, for counters, fault injection and hold points.</summary>
public enum SimulatedOperation
{
    CreateTenancy,
    PollTenancy,
    ActivateRegion,
    CheckAccess,
    CreateCompartment,
    ApplyTemplate,
    ReportToGcas,
    SendEmail,
}
