using System.Collections.Concurrent;
using ChatOps.Provisioning.Template.Loading;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Provisioning.Template;

/// <summary>
/// Loads each template file once per process. Relative paths resolve against the host's content root (the bot
/// sets it to its own directory, where the default template is copied), else the application's base directory.
/// </summary>
internal sealed class TemplateFiles(IHostEnvironment? environment = null)
{
    private readonly ConcurrentDictionary<string, Lazy<TemplateLoadResult>> _loaded = new(StringComparer.Ordinal);

    public string ContentRoot => environment?.ContentRootPath ?? AppContext.BaseDirectory;

    public string Resolve(string path) => Path.GetFullPath(path, ContentRoot);

    public TemplateLoadResult Load(string path)
    {
        var full = Resolve(path);
        return _loaded.GetOrAdd(full, p => new Lazy<TemplateLoadResult>(() => TemplateLoader.LoadFile(p))).Value;
    }
}
