using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>
/// Names OCI requires to be unique, compared case-insensitively as OCI does, within the scope OCI uses:
/// compartments among siblings, tags within their namespace, everything else tenancy-wide. Resources of
/// different usage modes never meet, so they may share a name.
/// </summary>
internal static class DuplicateNameChecks
{
    public static void Check(NodeReader reader, IReadOnlyList<TemplateResource> resources)
    {
        var seen = new Dictionary<string, TemplateResource>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in resources)
        {
            if (Identity(resource) is not { } identity)
            {
                continue;
            }

            foreach (var mode in Modes(resource.Usage))
            {
                var scoped = $"{mode}|{identity.Scope}|{identity.Value}";
                if (seen.TryGetValue(scoped, out var first) && first.Key != resource.Key)
                {
                    reader.Problem(identity.At, identity.Message(first));
                    break;
                }

                seen.TryAdd(scoped, resource);
            }
        }
    }

    private static (string Scope, string Value, TemplatePosition At, Func<TemplateResource, string> Message)? Identity(TemplateResource resource)
    {
        var label = TemplateSchema.Of(resource.Kind).Label;
        if (resource.Kind == TemplateKind.TagDefault)
        {
            var tag = resource.Reference(TemplateFields.Tag);
            var compartment = resource.Reference(TemplateFields.Compartment);
            return tag is null
                ? null
                : ($"tagdefault|{compartment}", tag, resource.At, first => $"tag default '{resource.Key}' repeats tag default '{first.Key}' (line {first.At.Line}): one default per tag and compartment");
        }

        if (resource.Text(TemplateFields.Name) is not { } name)
        {
            return null;
        }

        var scope = resource.Kind switch
        {
            TemplateKind.Compartment => $"compartment|{resource.Reference(TemplateFields.Parent)}",
            TemplateKind.Tag => $"tag|{resource.Reference(TemplateFields.Namespace)}",
            _ => resource.Kind.ToString(),
        };
        return (scope, name.Value.Trim(), name.At, first => $"{label} name '{name.Value}' is already used by {first.Label} (line {first.At.Line}); OCI names are unique ignoring case");
    }

    private static IEnumerable<TemplateUsage> Modes(TemplateUsage usage) =>
        usage == TemplateUsage.Any ? [TemplateUsage.Single, TemplateUsage.Shared] : [usage];
}
