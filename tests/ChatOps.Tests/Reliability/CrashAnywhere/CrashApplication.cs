using System.Text.Json.Nodes;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>One application of the run and what GCAS must hear about it, in order.</summary>
internal sealed record CrashApplication(string ApplicationId, bool SharedUse, JsonObject Payload)
{
    /// <summary>Status and step of every status event, as the GCAS contract orders them for this usage mode.</summary>
    public IReadOnlyList<string> ExpectedEvents => SharedUse
        ? ["accepted", "in_progress/CreatingCompartment", "in_progress/ApplyingTemplate", "completed"]
        : ["accepted", "in_progress/CreatingTenancy", "in_progress/ActivatingRegions", "in_progress/AwaitingCredentials", "in_progress/ApplyingTemplate", "completed"];

    /// <summary>Child tenancies (single use) or compartments (shared use) the application asks for.</summary>
    public int Environments => Payload["environments"]!.AsArray().Sum(e => e!["count"]!.GetValue<int>());
}
