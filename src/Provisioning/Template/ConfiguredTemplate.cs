using ChatOps.Provisioning.Template.Loading;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Template;

/// <summary>The template named by <c>Template:Path</c>, loaded once (and checked when the host starts).</summary>
internal sealed class ConfiguredTemplate(IOptions<TemplateOptions> options, TemplateFiles files)
{
    public string Path => files.Resolve(options.Value.Path);

    public TemplateLoadResult Load() => files.Load(options.Value.Path);
}
