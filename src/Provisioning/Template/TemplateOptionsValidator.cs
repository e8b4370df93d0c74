using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Template;

/// <summary>Refuses to start with a broken template: every problem, as <c>FILE:LINE:COL: message</c>.</summary>
internal sealed class TemplateOptionsValidator(TemplateFiles files) : IValidateOptions<TemplateOptions>
{
    public ValidateOptionsResult Validate(string? name, TemplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Template:Path must name the mandatory template file.");
        }

        var path = files.Resolve(options.Path);
        var result = files.Load(options.Path);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail([$"Template:Path {path} is not a valid template ({result.Problems.Count} problem(s)):", .. result.Format(path)]);
    }
}
