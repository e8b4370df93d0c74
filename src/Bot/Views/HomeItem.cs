using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>A request shown on App Home, with its thread when it has one.</summary>
internal sealed record HomeItem(ProvisioningRequest Request, string? ThreadChannel, string? ThreadTs);
