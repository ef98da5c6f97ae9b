using System.Reflection;
using Coproduction.Assessment;

namespace Coproduction.Api;

/// <summary>Our public API speaks in our own types: Stateless is an implementation detail that may change.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_NoMember_ExposesAStatelessType()
    {
        var leaks = typeof(CourseAssessor).Assembly.GetExportedTypes()
            .SelectMany(type => Signatures(type).Select(t => (Where: type.FullName, Type: t)))
            .Where(x => x.Type.Assembly.GetName().Name == "Stateless")
            .Select(x => $"{x.Where} exposes {x.Type.FullName}")
            .Distinct()
            .ToList();

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void PublicApi_ExposesTheExpectedEntryPoints()
    {
        var names = typeof(CourseAssessor).Assembly.GetExportedTypes().Select(t => t.FullName).ToList();

        names.ShouldContain("Coproduction.Snapshots.SnapshotSerializer");
        names.ShouldContain("Coproduction.Assessment.CourseAssessor");
        names.ShouldContain("Coproduction.Lifecycle.CourseLifecycle");
        names.ShouldNotContain("Coproduction.Lifecycle.LifecycleMachine");
        names.ShouldNotContain("Coproduction.Assessment.CourseView");
    }

    private static IEnumerable<Type> Signatures(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            types.Add(baseType);
        }

        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetProperties(visible).Select(p => p.PropertyType));
        types.AddRange(type.GetFields(visible).Select(f => f.FieldType));
        foreach (var method in type.GetMethods(visible).Cast<MethodBase>().Concat(type.GetConstructors(visible)))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                types.Add(info.ReturnType);
            }
        }

        return types.SelectMany(Unwrap);
    }

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
