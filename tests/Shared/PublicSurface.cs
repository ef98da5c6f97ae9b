using System.Reflection;

namespace Coproduction.Api;

/// <summary>
/// The types that an assembly's public API names: base types, interfaces, and the types of every
/// public or protected property, field, event, parameter and return value (with their element and
/// generic arguments). Shared by the test projects of the packaged libraries.
/// </summary>
internal static class PublicSurface
{
    /// <summary>"Type exposes Other" for every public type that names a type from one of <paramref name="assemblies"/> (a name, or a prefix ending in '.').</summary>
    public static IReadOnlyList<string> Leaks(Assembly library, params string[] assemblies) =>
        library.GetExportedTypes()
            .SelectMany(type => Signatures(type).Select(t => (Where: type.FullName, Type: t)))
            .Where(x => IsFrom(x.Type, assemblies))
            .Select(x => $"{x.Where} exposes {x.Type.FullName ?? x.Type.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsFrom(Type type, string[] assemblies)
    {
        var name = type.Assembly.GetName().Name ?? "";
        return assemblies.Any(a => a.EndsWith('.') ? name.StartsWith(a, StringComparison.Ordinal) || name == a.TrimEnd('.') : name == a);
    }

    private static IEnumerable<Type> Signatures(Type type)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            types.Add(baseType);
        }

        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetProperties(declared).Where(p => p.GetAccessors(nonPublic: true).Any(Visible)).Select(p => p.PropertyType));
        types.AddRange(type.GetFields(declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly).Select(f => f.FieldType));
        types.AddRange(type.GetEvents(declared).Where(e => e.AddMethod is { } add && Visible(add)).Select(e => e.EventHandlerType!));
        foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)).Where(Visible))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                types.Add(info.ReturnType);
            }
        }

        return types.SelectMany(Unwrap);
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var t in inner.SelectMany(Unwrap))
        {
            yield return t;
        }
    }
}
