namespace ChatOps.Provisioning.Workflow;

/// <summary>One entry in a request's path through the states.</summary>
public sealed record StateVisit(RequestState State, DateTimeOffset EnteredAt, string ActorId);
