using ChatOps.Provisioning.Workflow.Engine;

namespace ChatOps.Bot.Operations;

internal sealed class EngineReadiness(WorkflowEngine engine) : IReadinessCheck
{
    public ReadinessResult Check() => engine.IsRunning
        ? new ReadinessResult("engine", true, $"{engine.InFlight} step(s) running")
        : new ReadinessResult("engine", false, "the workflow engine is not running");
}
