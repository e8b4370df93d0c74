using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Yaml;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>Reads and checks a template file, reporting every problem at once with its line and column.</summary>
public static class TemplateLoader
{
    public static async Task<TemplateLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unreadable(exception);
        }

        return Parse(text, path);
    }

    /// <summary>The synchronous form, for start-up checks that run before anything is awaited.</summary>
    public static TemplateLoadResult LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unreadable(exception);
        }
    }

    public static TemplateLoadResult Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (root, syntax) = TemplateYamlReader.Read(text);
        var problems = new List<TemplateProblem>(syntax);
        if (problems.Count > 0 && root is null)
        {
            return new TemplateLoadResult(null, problems);
        }

        var draft = TemplateBuilder.Build(root, problems);
        if (draft is not null)
        {
            TemplateValidator.Check(draft, new NodeReader(problems));
        }

        if (problems.Count > 0 || draft is null)
        {
            var sorted = problems.Distinct().OrderBy(p => p.At.Line).ThenBy(p => p.At.Column).ToList();
            return new TemplateLoadResult(null, sorted);
        }

        var template = new TemplateDefinition(
            draft.Name!.Value.Trim(),
            draft.Version!.Value,
            draft.Description,
            source,
            draft.Resources,
            TemplateGraph.ApplyOrder(draft.Resources),
            draft.Tenancy);
        return new TemplateLoadResult(template, []);
    }

    private static TemplateLoadResult Unreadable(Exception exception) =>
        new(null, [new TemplateProblem(TemplatePosition.Start, $"cannot read the template file: {exception.Message}")]);
}
