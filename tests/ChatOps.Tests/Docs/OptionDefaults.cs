using System.Collections;
using System.Reflection;

namespace ChatOps.Tests.Docs;

/// <summary>The value a fresh options object holds for one key, i.e. what applies when the key is not configured.</summary>
internal static class OptionDefaults
{
    public static (Type PropertyType, object? Value) Of(Type optionsType, string section, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var type = optionsType;
        var current = Activator.CreateInstance(optionsType, nonPublic: true);
        foreach (var name in key[(section.Length + 1)..].Split(':'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new ArgumentException($"{key}: {type.Name} has no property {name}.", nameof(key));
            type = property.PropertyType;
            current = current is null ? null : property.GetValue(current);
        }

        return (type, current);
    }

    public static bool IsEmpty(object? value) =>
        value is null or string { Length: 0 } || value is IEnumerable items and not string && !items.Cast<object>().Any();
}
