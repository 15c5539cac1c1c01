using System.Reflection;

namespace Rectify.UnitTests.Architecture;

/// <summary>Platform is shared by every feature and must never depend on one.</summary>
public class LayeringTests
{
    [Fact]
    public void Platform_types_reference_no_feature_type()
    {
        var assembly = typeof(Rectify.Platform.RectifyOptions).Assembly;
        var platform = assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Rectify.Platform") == true
            && !t.Namespace.Contains(".Migrations"));
        var offenders = platform.SelectMany(t => ReferencedTypes(t).Where(r => r.Namespace?.StartsWith("Rectify.Features") == true)
            .Select(r => $"{t.FullName} → {r.FullName}")).Distinct().ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Platform_source_files_never_name_a_feature()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Rectify/Platform"));
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Migrations") && File.ReadAllText(f).Contains("Rectify.Features")).ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type?> { type.BaseType };
        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetFields(all).Select(f => f.FieldType));
        types.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo m) types.Add(m.ReturnType);
        }
        return types.OfType<Type>().SelectMany(t => t.IsGenericType ? t.GetGenericArguments().Append(t) : [t]);
    }
}
