using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>
/// The references between resources: reference fields (a policy's compartment, a tag default's tag) and
/// <c>{{kind:key}}</c> references inside texts. The apply order follows them, never the file order.
/// </summary>
internal static class TemplateGraph
{
    public static IEnumerable<TemplateDependency> Dependencies(TemplateResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var kind = TemplateSchema.Of(resource.Kind);
        foreach (var spec in kind.Fields)
        {
            var field = resource.Field(spec.Name);
            if (field is null)
            {
                continue;
            }

            if (spec.Type == TemplateFieldType.Reference && field.Text is { } target && target.Value != TemplateFields.Root)
            {
                yield return new TemplateDependency(target.Value, target.At, spec.Name);
            }

            if (!spec.AllowsReferences)
            {
                continue;
            }

            foreach (var text in field.Items ?? (field.Text is null ? [] : [field.Text]))
            {
                foreach (var token in TemplateTokens.Scan(text.Value).Tokens.Where(t => !t.IsPlaceholder))
                {
                    yield return new TemplateDependency(token.Key!, text.PositionOf(token.Offset), token.Text);
                }
            }
        }
    }

    /// <summary>Each cycle once, as the keys along it (the first repeated at the end) and where it closes.</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Keys, TemplatePosition At)> Cycles(IReadOnlyList<TemplateResource> resources)
    {
        var byKey = ByKey(resources);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var cycles = new List<(IReadOnlyList<string>, TemplatePosition)>();
        foreach (var resource in resources)
        {
            Visit(resource.Key);
        }

        return cycles;

        void Visit(string key)
        {
            state[key] = 1;
            path.Add(key);
            foreach (var dependency in Dependencies(byKey[key]).Where(d => byKey.ContainsKey(d.Key)))
            {
                switch (state.GetValueOrDefault(dependency.Key))
                {
                    case 0:
                        Visit(dependency.Key);
                        break;
                    case 1:
                        var start = path.IndexOf(dependency.Key);
                        cycles.Add(([.. path[start..], dependency.Key], dependency.At));
                        break;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[key] = 2;
        }
    }

    /// <summary>Every resource after what it references; ties by kind, then file order. Call only on an acyclic template.</summary>
    public static IReadOnlyList<TemplateResource> ApplyOrder(IReadOnlyList<TemplateResource> resources)
    {
        var byKey = ByKey(resources);
        var waitingFor = resources.ToDictionary(
            r => r.Key,
            r => Dependencies(r).Select(d => d.Key).Where(byKey.ContainsKey).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var ready = new PriorityQueue<TemplateResource, (TemplateKind, int)>();
        foreach (var resource in resources.Where(r => waitingFor[r.Key].Count == 0))
        {
            ready.Enqueue(resource, (resource.Kind, resource.Order));
        }

        var order = new List<TemplateResource>();
        while (ready.TryDequeue(out var next, out _))
        {
            order.Add(next);
            foreach (var (key, pending) in waitingFor)
            {
                if (pending.Remove(next.Key) && pending.Count == 0)
                {
                    ready.Enqueue(byKey[key], (byKey[key].Kind, byKey[key].Order));
                }
            }
        }

        return order.Count == resources.Count
            ? order
            : throw new InvalidOperationException("The template's references form a cycle.");
    }

    private static Dictionary<string, TemplateResource> ByKey(IReadOnlyList<TemplateResource> resources)
    {
        var byKey = new Dictionary<string, TemplateResource>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            byKey.TryAdd(resource.Key, resource);
        }

        return byKey;
    }
}
