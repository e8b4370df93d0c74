using System.Reflection;

namespace ChatOps.Tests.Docs;

/// <summary>
/// The configuration keys an options type binds, derived the way the configuration binder walks it: one key per
/// public settable (or init) property, nested option objects as deeper keys, and a dictionary's free key as
/// <see cref="Placeholder"/> (documented as e.g. <c>Oci:Endpoints:&lt;Service&gt;</c>).
/// </summary>
internal static class OptionKeys
{
    public const string Placeholder = "<*>";

    private const int MaxDepth = 6;

    /// <summary>Options types of the given assemblies that carry a <c>public const string Section</c>, with its value.</summary>
    public static IReadOnlyList<(Type Type, string Section)> BoundTypes(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Field: type.GetField("Section", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            .Where(pair => pair.Field is { IsLiteral: true } && pair.Field.FieldType == typeof(string))
            .Select(pair => (pair.Type, (string)pair.Field!.GetRawConstantValue()!))
            .OrderBy(pair => pair.Item2, StringComparer.Ordinal)
            .ThenBy(pair => pair.Type.FullName, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> For(string section, Type type) => Walk(section, type, 0).ToList();

    private static IEnumerable<string> Walk(string prefix, Type type, int depth)
    {
        if (depth > MaxDepth)
        {
            yield return prefix;
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetSetMethod() is null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var key = prefix + ":" + property.Name;
            var propertyType = property.PropertyType;
            if (IsLeaf(propertyType) || ElementType(propertyType) is { } element && IsLeaf(element))
            {
                yield return key;
            }
            else if (DictionaryValueType(propertyType) is { } value)
            {
                var entry = key + ":" + Placeholder;
                foreach (var nested in IsLeaf(value) ? [entry] : Walk(entry, value, depth + 1))
                {
                    yield return nested;
                }
            }
            else
            {
                foreach (var nested in Walk(key, propertyType, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(TimeSpan) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime)
            || underlying == typeof(Guid) || underlying == typeof(Uri);
    }

    private static Type? DictionaryValueType(Type type) =>
        Interfaces(type).FirstOrDefault(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
                && i.GetGenericArguments()[0] == typeof(string))
            ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type) =>
        type == typeof(string) || DictionaryValueType(type) is not null
            ? null
            : type.IsArray
                ? type.GetElementType()
                : Interfaces(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static IEnumerable<Type> Interfaces(Type type) => type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
}
