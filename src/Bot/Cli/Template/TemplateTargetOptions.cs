using System.CommandLine;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Targets;

namespace ChatOps.Bot.Cli.Template;

/// <summary>The options that name a live target: tenancy, optional compartment (shared use), home region, placeholder values.</summary>
internal sealed class TemplateTargetOptions
{
    public Argument<string?> File { get; } = new("FILE") { Description = "The template file (default: Template:Path).", Arity = ArgumentArity.ZeroOrOne };

    public Option<string?> Tenancy { get; } = new("--tenancy") { Description = "OCID of the tenancy (single use: the child tenancy)." };

    public Option<string?> Compartment { get; } = new("--compartment") { Description = "Shared use: OCID of the organisation's compartment in the tenancy." };

    public Option<string?> Region { get; } = new("--region") { Description = "The tenancy's home region (default: read from the tenancy)." };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "A placeholder value, NAME=VALUE (e.g. org_code=131016); repeatable. tenancy_* and home_region come from the tenancy.",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(File);
        command.Options.Add(Tenancy);
        command.Options.Add(Compartment);
        command.Options.Add(Region);
        command.Options.Add(Set);
    }

    /// <summary>The target the options name, or a message saying what is wrong with them.</summary>
    public (TemplateTarget? Target, string? Problem) Target(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.GetValue(Tenancy) is not { Length: > 0 } tenancy)
        {
            return (null, "--tenancy OCID is required.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parseResult.GetValue(Set) ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? pair[..equals].Trim() : string.Empty;
            if (!TemplatePlaceholders.Names.Contains(name))
            {
                return (null, $"--set takes NAME=VALUE with NAME one of {string.Join(", ", TemplatePlaceholders.Names)} (was '{pair}').");
            }

            values[name] = pair[(equals + 1)..];
        }

        return (new TemplateTarget(tenancy) { CompartmentId = parseResult.GetValue(Compartment), HomeRegion = parseResult.GetValue(Region), Values = values }, null);
    }
}
