namespace ChatOps.Provisioning.Simulation;

public sealed record SimulatedTenancy(string WorkRequestId, string TenancyId, string Name, DateTimeOffset ReadyAt);
