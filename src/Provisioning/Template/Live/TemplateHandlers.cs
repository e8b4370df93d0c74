using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>The handler of each resource kind.</summary>
internal sealed class TemplateHandlers(IEnumerable<ITemplateResourceHandler> handlers)
{
    private readonly Dictionary<TemplateKind, ITemplateResourceHandler> _byKind = handlers.ToDictionary(h => h.Kind);

    public ITemplateResourceHandler For(TemplateKind kind) => _byKind[kind];

    public PolicyHandler Policies => (PolicyHandler)_byKind[TemplateKind.Policy];
}
