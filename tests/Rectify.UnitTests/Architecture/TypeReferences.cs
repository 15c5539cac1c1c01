using System.Reflection;
using System.Reflection.Emit;

namespace Rectify.UnitTests.Architecture;

/// <summary>
/// Every type a type uses: in its signatures (base, interfaces, fields, properties, parameters, return types) and in its
/// method bodies (the types, methods and fields its IL names), read from the compiled assembly with reflection only.
/// Compiler-made nested types (lambdas, async state machines) count for the type they were written in.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    public static Assembly App => typeof(Rectify.Platform.RectifyOptions).Assembly;

    /// <summary>The outermost type a (possibly compiler-made, nested) type was written in.</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>Each use as (the type that uses, the member it calls or null, the type it names).</summary>
    public static IEnumerable<(Type From, MemberInfo? Member, Type To)> Of(Type type)
    {
        var signature = new List<Type?> { type.BaseType };
        signature.AddRange(type.GetInterfaces());
        signature.AddRange(type.GetFields(All).Select(f => f.FieldType));
        signature.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        var methods = type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)).ToList();
        foreach (var method in methods)
        {
            signature.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo m) signature.Add(m.ReturnType);
        }
        foreach (var used in signature.OfType<Type>().SelectMany(Expand)) yield return (type, null, used);
        foreach (var method in methods)
            foreach (var member in BodyOf(method))
            {
                var named = member switch
                {
                    Type t => t,
                    _ => member.DeclaringType,
                };
                if (named is null) continue;
                foreach (var used in Expand(named)) yield return (type, member, used);
                if (member is MethodInfo { IsGenericMethod: true } generic)
                    foreach (var argument in generic.GetGenericArguments().SelectMany(Expand)) yield return (type, member, argument);
            }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType) return Expand(type.GetElementType()!);
        if (!type.IsGenericType) return type.IsGenericParameter ? [] : [type];
        return type.GetGenericArguments().SelectMany(Expand).Append(type.GetGenericTypeDefinition());
    }

    /// <summary>The members and types a method's IL names (call, newobj, ldfld, ldtoken, castclass, …).</summary>
    private static IEnumerable<MemberInfo> BodyOf(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            yield break;
        }
        if (il is null) yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
                    {
                    }
                    if (member is not null) yield return member;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    /// <summary>The feature a type of the app belongs to ("Rounds", "Similar"), its compiled Razor views included; null outside Features.</summary>
    public static string? FeatureOf(Type type)
    {
        var outer = Outermost(type);
        const string features = "Rectify.Features.";
        if (outer.Namespace?.StartsWith(features, StringComparison.Ordinal) == true) return outer.Namespace[features.Length..].Split('.')[0];
        // A view compiles to AspNetCoreGeneratedDocument.Features_Rounds_Ledger: its folder is its feature.
        if (outer.Namespace == "AspNetCoreGeneratedDocument" && outer.Name.StartsWith("Features_", StringComparison.Ordinal))
        {
            var parts = outer.Name.Split('_');
            return parts.Length > 2 ? parts[1] : null;
        }
        return null;
    }

    public static bool IsPlatform(Type type) => Outermost(type).Namespace?.StartsWith("Rectify.Platform", StringComparison.Ordinal) == true;
}
